package com.happinessscouter.events;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Events.
 *
 * @param zone the time zone event times are entered and shown in
 * @param refresh how long an instance trusts its copy of the event list
 * @param seedDemo create a demo event (open for a week) when there is none: the local
 * mode's leaderboard works at once
 */
@Validated
@ConfigurationProperties("app.events")
public record EventsProperties(@NotNull @DefaultValue("Asia/Tokyo") ZoneId zone,
		@NotNull @DefaultValue("2s") Duration refresh, @DefaultValue("false") boolean seedDemo) {
}
