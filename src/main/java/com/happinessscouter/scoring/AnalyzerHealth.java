package com.happinessscouter.scoring;

import java.time.Clock;
import java.time.Instant;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code analyzer}: how the last analysis went. The analyzer being unreachable or
 * throttled for good (Rekognition) means down; any result, even "no face", means up.
 * Nothing is analysed just to check.
 */
@Component("analyzerHealthIndicator")
class AnalyzerHealth implements HealthIndicator {

	private record Outcome(Instant at, String analyzer, String result) {
	}

	private final Clock clock;

	private volatile Outcome last;

	AnalyzerHealth(Clock clock) {
		this.clock = clock;
	}

	void analysed(String analyzer, String result) {
		this.last = new Outcome(this.clock.instant(), analyzer, result);
	}

	@Override
	public Health health() {
		Outcome outcome = this.last;
		if (outcome == null) {
			return Health.unknown().withDetail("lastAnalysis", "none yet").build();
		}
		Health.Builder builder = "service_unavailable".equals(outcome.result()) ? Health.down() : Health.up();
		return builder.withDetail("analyzer", outcome.analyzer())
			.withDetail("lastResult", outcome.result())
			.withDetail("at", outcome.at().toString())
			.build();
	}

}
