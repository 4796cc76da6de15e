package com.happinessscouter.submission.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.Key;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expiry index's count window: a photo counts as expiring between now and
 * {@code until} exactly when it expires after now and before {@code until}.
 */
class PhotoExpiryTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

	private static final Instant NOW = CLOCK.instant();

	private static final Instant UNTIL = NOW.plus(Duration.ofDays(7));

	@Test
	void window_holdsPhotosExpiringAfterNowAndBeforeUntil() {
		assertThat(inWindow(NOW.plusSeconds(1))).isTrue();
		assertThat(inWindow(NOW.plus(Duration.ofDays(3)))).isTrue();
		assertThat(inWindow(UNTIL.minusSeconds(1))).isTrue();
	}

	@Test
	void window_leavesOutPhotosExpiringNowOrEarlier_andAtUntilOrLater() {
		assertThat(inWindow(NOW)).isFalse();
		assertThat(inWindow(NOW.minusSeconds(1))).isFalse();
		assertThat(inWindow(UNTIL)).isFalse();
		assertThat(inWindow(UNTIL.plusSeconds(1))).isFalse();
	}

	/**
	 * Whether the photo's index keys fall in its expiry day's window (BETWEEN,
	 * inclusive).
	 */
	private static boolean inWindow(Instant expiresAt) {
		PhotoItem item = new PhotoItem();
		item.setPk("U0123");
		item.setSk("4711");
		PhotoExpiry.set(item, expiresAt);
		LocalDate day = LocalDate.ofInstant(expiresAt, ZoneOffset.UTC);
		Key start = PhotoExpiry.windowStart(day, NOW.getEpochSecond());
		Key end = PhotoExpiry.windowEnd(day, UNTIL.getEpochSecond());
		String sort = item.getGsi1sk();
		return item.getGsi1pk().equals(start.partitionKeyValue().s()) && sort.compareTo(sortKey(start)) >= 0
				&& sort.compareTo(sortKey(end)) <= 0;
	}

	private static String sortKey(Key key) {
		return key.sortKeyValue().orElseThrow().s();
	}

}
