package com.happinessscouter.quota;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

import com.happinessscouter.limits.Usage;

/**
 * The throttle's rules on figures already read: whether guests get "busy", whether a push
 * may go out, and when to read the table again. No table, no clock.
 */
final class ThrottleRule {

	private ThrottleRule() {
	}

	/** Whether guests' photos get the "busy" answer, and why. */
	static ThrottleDecision decide(ThrottleSettings settings, Usage budget) {
		return switch (settings.mode()) {
			case OFF -> ThrottleDecision.of(false, "not busy: the switch is OFF", "quota.decision.off");
			case FORCED_BUSY -> ThrottleDecision.of(true, "busy: forced by " + settings.changedBy(),
					"quota.decision.forced", String.valueOf(settings.changedBy()));
			case AUTO -> auto(budget);
		};
	}

	/** AUTO follows the month's analysis budget only: replies are free. */
	private static ThrottleDecision auto(Usage budget) {
		if (budget.limit() == 0) {
			return ThrottleDecision.of(false,
					"not busy: no monthly analysis budget set (" + budget.used() + " analyses this month)",
					"quota.decision.no-budget", budget.used());
		}
		return budget.spent()
				? ThrottleDecision.of(true, "busy: " + budget.used() + " analyses this month, budget " + budget.limit(),
						"quota.decision.budget", budget.used(), budget.limit())
				: ThrottleDecision.of(false,
						"not busy: " + budget.used() + " analyses this month, budget " + budget.limit(),
						"quota.decision.within-budget", budget.used(), budget.limit());
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
