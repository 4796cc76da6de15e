package com.happinessscouter.quota;

import java.time.Instant;

/**
 * The switch as an admin left it.
 *
 * @param mode the mode
 * @param changedBy who set it ({@code null} until someone does)
 * @param changedAt when
 * @param reason why
 */
public record ThrottleSettings(ThrottleMode mode, String changedBy, Instant changedAt, String reason) {

	static ThrottleSettings defaults() {
		return new ThrottleSettings(ThrottleMode.AUTO, null, null, null);
	}

}
