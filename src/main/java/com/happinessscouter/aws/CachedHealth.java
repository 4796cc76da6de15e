package com.happinessscouter.aws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * A health check that calls its store at most once per {@code timeToLive}, however often
 * it is asked (the public {@code /actuator/health}, load balancers, the status page): the
 * answer in between is the last one. One probe at a time; others wait for its answer.
 */
final class CachedHealth implements HealthIndicator {

	private record Checked(Instant at, Health health) {
	}

	private final HealthIndicator probe;

	private final Duration timeToLive;

	private final Clock clock;

	private final Counter probes;

	private volatile Checked last;

	CachedHealth(String name, HealthIndicator probe, Duration timeToLive, Clock clock, MeterRegistry meters) {
		this.probe = probe;
		this.timeToLive = timeToLive;
		this.clock = clock;
		this.probes = Counter.builder("app.health.probes")
			.description("Calls made to a store to check its health (cached between)")
			.tag("indicator", name)
			.register(meters);
	}

	@Override
	public Health health() {
		Checked checked = this.last;
		if (fresh(checked)) {
			return checked.health();
		}
		synchronized (this) {
			checked = this.last;
			if (fresh(checked)) {
				return checked.health();
			}
			this.probes.increment();
			Health health = this.probe.health();
			this.last = new Checked(this.clock.instant(), health);
			return health;
		}
	}

	private boolean fresh(Checked checked) {
		return checked != null && this.clock.instant().isBefore(checked.at().plus(this.timeToLive));
	}

}
