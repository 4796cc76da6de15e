package com.happinessscouter.quota;

import java.time.Instant;

/**
 * The switch as an admin left it.
 *
 * @param mode the mode
 * @param threshold AUTO's remaining-push threshold
 * @param analysisBudget AUTO is busy once this month's analyses reach it; {@code 0}: no
 * budget
 * @param changedBy who set it ({@code null} until someone does)
 * @param changedAt when
 * @param reason why
 */
public record ThrottleSettings(ThrottleMode mode, Threshold threshold, long analysisBudget, String changedBy,
		Instant changedAt, String reason) {

	/** The same settings with only the mode changed, by {@code who} at {@code at}. */
	public ThrottleSettings withMode(ThrottleMode newMode, String who, Instant at, String why) {
		return new ThrottleSettings(newMode, this.threshold, this.analysisBudget, who, at, why);
	}

	static ThrottleSettings defaults(QuotaProperties properties) {
		return new ThrottleSettings(ThrottleMode.AUTO, Threshold.parse(properties.busyThreshold()), 0, null, null,
				null);
	}

}
