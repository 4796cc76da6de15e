package com.happinessscouter.console;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's pages read the time from the app's clock and show it in the configured
 * zone.
 */
class ConsoleTimeTest {

	private static final Instant NOON_UTC = Instant.parse("2026-06-01T12:00:00Z");

	private final ConsoleTime time = new ConsoleTime(Clock.fixed(NOON_UTC, ZoneOffset.UTC), new ConsoleProperties(
			List.of(new ConsoleProperties.User("admin", "{bcrypt}hash", "ADMIN")), ZoneId.of("Europe/Paris")));

	@Test
	void now_comesFromTheInjectedClock() {
		assertThat(this.time.now()).isEqualTo(NOON_UTC);
	}

	@Test
	void wallClockAndFormatter_useTheConfiguredZone_notTheClocksOwn() {
		assertThat(this.time.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
		assertThat(this.time.localNow()).isEqualTo(LocalDateTime.parse("2026-06-01T14:00:00"));
		assertThat(this.time.formatter("MM-dd HH:mm").format(NOON_UTC)).isEqualTo("06-01 14:00");
	}

}
