package com.happinessscouter.limits;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The limits until an admin sets them on the console ({@code 0}: no limit).
 *
 * @param photosPerGuest photos one guest may send in one event
 * @param photosPerMinute photos one guest may send in one minute
 * @param analysisBudget photos analysed in a month
 * @param zone the month boundary of the budget
 * @param refresh how long an instance keeps the settings before reading them again
 */
@Validated
@ConfigurationProperties("app.limits")
public record LimitsProperties(@Min(0) int photosPerGuest, @Min(0) int photosPerMinute, @Min(0) long analysisBudget,
		@NotNull ZoneId zone, @NotNull Duration refresh) {
}
