package com.happinessscouter.reply.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TapHolderTest {

	private static final Instant TAP = Instant.parse("2026-12-04T10:00:00Z");

	private static final Instant DEADLINE = TAP.plusSeconds(50);

	private static final Duration MARGIN = Duration.ofSeconds(5);

	@Test
	void tap_isHeld_whenThePhotoIsExpectedBeforeTheDeadlineLessTheMargin() {
		Clock clock = Clock.fixed(TAP, ZoneOffset.UTC);

		assertThat(TapHolder.worthHolding(clock.instant(), DEADLINE, MARGIN, Optional.of(Duration.ofSeconds(45))))
			.isTrue();
		assertThat(TapHolder.worthHolding(clock.instant(), DEADLINE, MARGIN, Optional.empty()))
			.as("not timed here: held, the watch answers in time")
			.isTrue();
	}

	@Test
	void tap_isAnsweredAtOnce_whenEvenItsTokenWouldExpireFirst() {
		Clock clock = Clock.fixed(TAP, ZoneOffset.UTC);

		assertThat(TapHolder.worthHolding(clock.instant(), DEADLINE, MARGIN, Optional.of(Duration.ofSeconds(46))))
			.isFalse();
	}

	@Test
	void tap_isNotHeld_whenItsTokenIsAlmostSpent() {
		Clock clock = Clock.offset(Clock.fixed(TAP, ZoneOffset.UTC), Duration.ofSeconds(45));

		assertThat(TapHolder.worthHolding(clock.instant(), DEADLINE, MARGIN, Optional.of(Duration.ZERO))).isFalse();
	}

}
