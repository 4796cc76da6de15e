package com.happinessscouter.retention.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiringSoonTest {

	private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

	private final List<Instant> asked = new ArrayList<>();

	private final MovingClock clock = new MovingClock(NOW);

	private final ExpiringSoon soon = new ExpiringSoon((until) -> {
		this.asked.add(until);
		return this.asked.size() * 10L;
	}, this.clock);

	@Test
	void count_asksForPhotosExpiringWithinSevenDaysFromNow() {
		assertThat(this.soon.count()).isEqualTo(10);

		assertThat(this.asked).containsExactly(NOW.plus(Duration.ofDays(7)));
	}

	@Test
	void count_isReusedWithinTheRecount_andAskedAgainAfterIt() {
		this.soon.count();
		this.clock.now = NOW.plus(ExpiringSoon.RECOUNT).minusMillis(1);
		assertThat(this.soon.count()).isEqualTo(10);

		this.clock.now = NOW.plus(ExpiringSoon.RECOUNT);
		assertThat(this.soon.count()).isEqualTo(20);
		assertThat(this.asked).containsExactly(NOW.plus(Duration.ofDays(7)),
				NOW.plus(ExpiringSoon.RECOUNT).plus(Duration.ofDays(7)));
	}

	@Test
	void count_isAskedAgain_whenTheClockWentBack() {
		this.soon.count();
		this.clock.now = NOW.minusSeconds(1);

		assertThat(this.soon.count()).isEqualTo(20);
	}

	/** A fixed clock the test moves. */
	private static final class MovingClock extends Clock {

		private Instant now;

		MovingClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
