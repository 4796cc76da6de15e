package com.happinessscouter.quota;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotaMonthTest {

	private final QuotaProperties properties = new QuotaProperties(java.time.Duration.ofMinutes(5), 10,
			java.time.Duration.ofSeconds(3), java.time.ZoneId.of("Asia/Tokyo"));

	@Test
	void linesMonthTurnsAtMidnightInTokyo() {
		Instant lastMinuteOfNovemberInTokyo = Instant.parse("2026-11-30T14:59:00Z");
		Instant firstMinuteOfDecemberInTokyo = Instant.parse("2026-11-30T15:00:00Z");

		assertThat(throttleAt(lastMinuteOfNovemberInTokyo).month()).isEqualTo(YearMonth.of(2026, 11));
		assertThat(throttleAt(firstMinuteOfDecemberInTokyo).month()).isEqualTo(YearMonth.of(2026, 12));
	}

	@Test
	void lastMonthsFiguresDoNotCountAgainstANewMonth() {
		QuotaSnapshot november = new QuotaSnapshot(Instant.parse("2026-11-30T14:00:00Z"), YearMonth.of(2026, 11), true,
				200L, 200);
		QuotaStatus status = new QuotaStatus(november, november.polledAt(), null, YearMonth.of(2026, 11));

		assertThat(status.remaining(YearMonth.of(2026, 11))).isZero();
		assertThat(status.remaining(YearMonth.of(2026, 12))).isEqualTo(200);
	}

	@Test
	void unlimitedPlansNeverRunOut() {
		QuotaSnapshot unlimited = new QuotaSnapshot(Instant.now(), YearMonth.of(2026, 11), false, null, 5_000);
		QuotaStatus status = new QuotaStatus(unlimited, unlimited.polledAt(), null, null);

		assertThat(status.remaining(YearMonth.of(2026, 11))).isEqualTo(Long.MAX_VALUE);
	}

	private Throttle throttleAt(Instant now) {
		return new Throttle(null, null, this.properties, null, Clock.fixed(now, ZoneOffset.UTC));
	}

}
