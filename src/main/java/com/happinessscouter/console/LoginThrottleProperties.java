package com.happinessscouter.console;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How wrong console passwords slow a client down: counted per (user name, client
 * address), so that a stranger slows only themselves.
 *
 * @param freeFailures wrong passwords from one address before it must wait
 * @param firstDelay the wait after them; it doubles with each further failure
 * @param maxDelay the longest wait
 * @param forgetAfter failures older than this (no attempt since) are forgotten
 */
@Validated
@ConfigurationProperties("app.console.login")
public record LoginThrottleProperties(@Min(1) @Max(100) int freeFailures, @NotNull Duration firstDelay,
		@NotNull Duration maxDelay, @NotNull Duration forgetAfter) {

	/** How long a pair with this many failures must wait after its last one. */
	Duration delay(long failures) {
		if (failures < this.freeFailures) {
			return Duration.ZERO;
		}
		long doublings = Math.min(failures - this.freeFailures, 40);
		Duration delay = this.firstDelay.multipliedBy(1L << doublings);
		return (delay.compareTo(this.maxDelay) > 0) ? this.maxDelay : delay;
	}

}
