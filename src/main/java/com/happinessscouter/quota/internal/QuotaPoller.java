package com.happinessscouter.quota.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.happinessscouter.line.LineApiException;
import com.happinessscouter.line.LineMessenger;
import com.happinessscouter.line.MessageQuota;
import com.happinessscouter.quota.QuotaProperties;
import com.happinessscouter.quota.QuotaSnapshot;
import com.happinessscouter.quota.Throttle;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads LINE's quota and this month's usage at start-up and every
 * {@code app.quota.poll-interval}. With several instances only the one holding the lease
 * polls in an interval.
 */
@Component
public class QuotaPoller {

	private static final Logger log = LoggerFactory.getLogger(QuotaPoller.class);

	private final String owner = UUID.randomUUID().toString();

	private final LineMessenger line;

	private final QuotaTable table;

	private final Throttle throttle;

	private final QuotaProperties properties;

	private final Clock clock;

	QuotaPoller(LineMessenger line, QuotaTable table, Throttle throttle, QuotaProperties properties, Clock clock,
			MeterRegistry meters) {
		this.line = line;
		this.table = table;
		this.throttle = throttle;
		this.properties = properties;
		this.clock = clock;
		Gauge.builder("app.line.quota.remaining", () -> {
			long remaining = throttle.status().remaining(throttle.month());
			return (remaining == Long.MAX_VALUE) ? Double.NaN : remaining;
		}).description("LINE pushes left this month").register(meters);
	}

	@Scheduled(initialDelay = 0, fixedDelayString = "${app.quota.poll-interval}")
	void scheduled() {
		Instant now = this.clock.instant();
		Instant until = now.plus(this.properties.pollInterval().multipliedBy(4).dividedBy(5));
		try {
			if (this.table.takeLease(this.owner, now, until)) {
				poll();
			}
		}
		catch (RuntimeException ex) {
			log.warn("quota not polled this time: {}", ex.toString());
		}
	}

	/**
	 * Polls now (the console's "poll now"), whoever holds the lease.
	 * @return the figures, or {@code null} when LINE did not answer
	 */
	public QuotaSnapshot poll() {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		try {
			MessageQuota quota = this.line.quota();
			QuotaSnapshot snapshot = new QuotaSnapshot(now, YearMonth.from(now.atZone(this.properties.zone())),
					quota.limited(), quota.limit(), quota.used());
			this.table.recordPoll(snapshot);
			return snapshot;
		}
		catch (LineApiException ex) {
			String error = (ex.status() == 401) ? "401: the channel access token was refused" : (ex.status() == 0)
					? "no answer from LINE: " + ex.getMessage() : ex.status() + ": " + ex.getMessage();
			log.warn("LINE quota poll failed: {}", error);
			this.table.recordPollFailure(now, error);
			return null;
		}
		finally {
			this.throttle.refresh();
		}
	}

}
