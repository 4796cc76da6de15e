package com.happinessscouter.events;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Events. Their times are entered and shown in the console's zone
 * ({@code app.console.zone}).
 *
 * @param refresh how long an instance trusts its copy of the event list
 * @param seedDemo create a demo event (open for a week) when there is none: the local
 * mode's leaderboard works at once
 */
@Validated
@ConfigurationProperties("app.events")
public record EventsProperties(@NotNull Duration refresh, boolean seedDemo) {
}
