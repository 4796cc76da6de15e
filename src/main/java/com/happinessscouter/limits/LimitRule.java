package com.happinessscouter.limits;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import com.happinessscouter.limits.internal.LimitsTable.Counted;

/**
 * The limits' rules on figures already read: which window a photo falls in, how long to
 * wait, which quota applies, and what a count's outcome means. No table, no clock.
 */
final class LimitRule {

	/** A refused guest is told to wait at least this long, in steps of it. */
	static final long WAIT_STEP_SECONDS = 10;

	private LimitRule() {
	}

	/** The rate window (epoch minute) of a photo sent at {@code sentAt}. */
	static long minute(Instant sentAt) {
		return Math.floorDiv(sentAt.getEpochSecond(), 60);
	}

	/**
	 * About how long, at {@code now}, until the guest may send again after a photo sent
	 * at {@code sentAt} was over the rate: the rest of its minute, rounded up to
	 * {@link #WAIT_STEP_SECONDS} and never less than that.
	 */
	static long waitSeconds(Instant sentAt, Instant now) {
		long windowEnd = (minute(sentAt) + 1) * 60;
		long left = Math.max(0, windowEnd - now.getEpochSecond());
		long steps = Math.max(1, (left + WAIT_STEP_SECONDS - 1) / WAIT_STEP_SECONDS);
		return steps * WAIT_STEP_SECONDS;
	}

	/** A guest's photo quota per event: their override, else the default. */
	static long perGuest(LimitSettings settings, Integer override) {
		return (override != null) ? override : settings.photosPerGuest();
	}

	/** The budget's month of {@code at}. */
	static YearMonth month(Instant at, ZoneId zone) {
		return YearMonth.from(at.atZone(zone));
	}

	/** Whether a count's outcome lets the photo in. */
	static boolean admitted(Counted counted) {
		return counted != Counted.FULL;
	}

	/** Whether settings read at {@code readAt} must be read again at {@code now}. */
	static boolean stale(Instant readAt, Instant now, Duration refresh) {
		return readAt.plus(refresh).isBefore(now);
	}

}
