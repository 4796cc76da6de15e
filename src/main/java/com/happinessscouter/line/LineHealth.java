package com.happinessscouter.line;

import java.time.Clock;
import java.time.Instant;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code line}: how the last LINE API call went. Any answer from LINE (even a 4xx for a
 * stale reply token) means LINE is reachable; no answer or a 5xx means down. Nothing is
 * called just to check.
 */
@Component("lineHealthIndicator")
class LineHealth implements HealthIndicator {

	private record Outcome(Instant at, String call, int status) {
	}

	private final Clock clock;

	private volatile Outcome last;

	LineHealth(Clock clock) {
		this.clock = clock;
	}

	void answered(String call, int status) {
		this.last = new Outcome(this.clock.instant(), call, status);
	}

	@Override
	public Health health() {
		Outcome outcome = this.last;
		if (outcome == null) {
			return Health.unknown().withDetail("lastCall", "none yet").build();
		}
		Health.Builder builder = (outcome.status() == 0 || outcome.status() >= 500) ? Health.down() : Health.up();
		return builder.withDetail("lastCall", outcome.call())
			.withDetail("status", (outcome.status() == 0) ? "no answer" : Integer.toString(outcome.status()))
			.withDetail("at", outcome.at().toString())
			.build();
	}

}
