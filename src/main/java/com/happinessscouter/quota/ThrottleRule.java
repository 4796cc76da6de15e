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
			case OFF -> ThrottleDecision.of(false, "not busy: the switch is OFF", "quota.decision.off");
			case FORCED_BUSY -> ThrottleDecision.of(true, "busy: forced by " + settings.changedBy(),
					"quota.decision.forced", String.valueOf(settings.changedBy()));
			case AUTO -> auto(settings, status, month);
		};
	}

	private static ThrottleDecision auto(ThrottleSettings settings, QuotaStatus status, YearMonth month) {
		long analyses = status.analysesThisMonth();
		if (settings.analysisBudget() > 0 && analyses >= settings.analysisBudget()) {
			return ThrottleDecision.of(true,
					"busy: " + analyses + " analyses this month, budget " + settings.analysisBudget(),
					"quota.decision.budget", analyses, settings.analysisBudget());
		}
		long remaining = status.remaining(month);
		if (remaining == Long.MAX_VALUE) {
			return ThrottleDecision.of(false, "not busy: no monthly push limit known", "quota.decision.no-limit");
		}
		long limit = (status.last() != null && status.last().limit() != null) ? status.last().limit() : 0;
		long floor = settings.threshold().floor(limit);
		return (remaining <= floor)
				? ThrottleDecision.of(true, "busy: " + remaining + " pushes left, threshold " + floor,
						"quota.decision.busy-pushes", remaining, floor)
				: ThrottleDecision.of(false, "not busy: " + remaining + " pushes left, threshold " + floor,
						"quota.decision.pushes", remaining, floor);
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
