package com.happinessscouter.operations;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Alarm rules fire on their thresholds, rates per interval, and resolve again. */
class AlarmsTest {

	private final MeterRegistry registry = new SimpleMeterRegistry();

	private final Alarms alarms = new Alarms(this.registry,
			new AlarmProperties(Duration.ofSeconds(30), 5, 3, 50, 1, 400, 100), Clock.systemUTC());

	@Test
	void aFullQueueFiresUntilItDrains() {
		AtomicLong depth = this.registry.gauge("app.work.queue.depth", new AtomicLong(450));
		this.alarms.evaluate();
		assertThat(this.alarms.firing()).extracting(Alarm::name).containsExactly("queue-depth");

		depth.set(3);
		this.alarms.evaluate();
		assertThat(this.alarms.firing()).isEmpty();
		assertThat(this.registry.get("app.alarms.firing").gauge().value()).isZero();
	}

	@Test
	void serverErrorsAndThrottlingCountPerIntervalNotInTotal() {
		Timer errors = Timer.builder("http.server.requests").tag("status", "503").register(this.registry);
		Timer fine = Timer.builder("http.server.requests").tag("status", "200").register(this.registry);
		Timer throttled = Timer.builder("app.aws.calls")
			.tags("service", "DynamoDb", "operation", "PutItem", "outcome", "throttled")
			.register(this.registry);
		this.alarms.evaluate();

		for (int i = 0; i < 5; i++) {
			errors.record(1, TimeUnit.MILLISECONDS);
			fine.record(1, TimeUnit.MILLISECONDS);
		}
		throttled.record(1, TimeUnit.MILLISECONDS);
		this.alarms.evaluate();
		assertThat(this.alarms.firing()).extracting(Alarm::name)
			.containsExactlyInAnyOrder("server-errors", "dynamodb-throttles");

		fine.record(1, TimeUnit.MILLISECONDS);
		this.alarms.evaluate();
		assertThat(this.alarms.firing()).as("nothing new in this interval").isEmpty();
	}

	@Test
	void fewPushesLeftFires() {
		this.registry.gauge("app.line.quota.remaining", new AtomicLong(12));
		this.registry.counter("app.analyzer.results", "result", "service_unavailable");
		this.alarms.evaluate();
		assertThat(this.alarms.firing()).extracting(Alarm::name).containsExactly("quota-remaining");
		assertThat(this.alarms.all()).hasSize(6);
	}

}
