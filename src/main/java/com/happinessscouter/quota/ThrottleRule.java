package com.happinessscouter.quota;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

/**
 * The throttle's rules on figures already read: whether guests get "busy", whether a push
 * may go out, and when to read the table again. No table, no clock.
 */
final class ThrottleRule {

	private ThrottleRule() {
	}

	/** Whether guests' photos get the "busy" answer in {@code month}, and why. */
	static ThrottleDecision decide(ThrottleSettings settings, QuotaStatus status, YearMonth month) {
		return switch (settings.mode()) {
			case OFF -> new ThrottleDecision(false, "not busy: the switch is OFF");
			case FORCED_BUSY -> new ThrottleDecision(true, "busy: forced by " + settings.changedBy());
			case AUTO -> auto(settings, status, month);
		};
	}

	private static ThrottleDecision auto(ThrottleSettings settings, QuotaStatus status, YearMonth month) {
		long analyses = status.analysesThisMonth();
		if (settings.analysisBudget() > 0 && analyses >= settings.analysisBudget()) {
			return new ThrottleDecision(true,
					"busy: " + analyses + " analyses this month, budget " + settings.analysisBudget());
		}
		long remaining = status.remaining(month);
		if (remaining == Long.MAX_VALUE) {
			return new ThrottleDecision(false, "not busy: no monthly push limit known");
		}
		long limit = (status.last() != null && status.last().limit() != null) ? status.last().limit() : 0;
		long floor = settings.threshold().floor(limit);
		return (remaining <= floor)
				? new ThrottleDecision(true, "busy: " + remaining + " pushes left, threshold " + floor)
				: new ThrottleDecision(false, "not busy: " + remaining + " pushes left, threshold " + floor);
	}

	/** Whether a push may be sent: more than {@code reserve} remains in {@code month}. */
	static boolean pushAllowed(QuotaStatus status, YearMonth month, long reserve) {
		return status.remaining(month) > reserve;
	}

	/**
	 * Whether figures read at {@code readAt} for {@code readMonth} must be read again at
	 * {@code now}: the month has turned, or they are older than {@code refresh}.
	 */
	static boolean stale(YearMonth readMonth, Instant readAt, YearMonth month, Instant now, Duration refresh) {
		return !readMonth.equals(month) || readAt.plus(refresh).isBefore(now);
	}

}
