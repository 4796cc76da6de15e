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

	static ThrottleSettings defaults(QuotaProperties properties) {
		return new ThrottleSettings(ThrottleMode.AUTO, Threshold.parse(properties.busyThreshold()), 0, null, null,
				null);
	}

}
