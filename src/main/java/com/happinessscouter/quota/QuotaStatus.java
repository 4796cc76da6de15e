package com.happinessscouter.quota;

import java.time.Instant;
import java.time.YearMonth;

/**
 * What the console shows: the last good figures, the last attempt and how it went.
 *
 * @param last the last successful poll, {@code null} before the first
 * @param lastAttemptAt the last poll attempt
 * @param lastError why the last attempt failed, {@code null} when it worked
 * @param exhaustedMonth a month for which a push was refused with "monthly limit reached"
 */
public record QuotaStatus(QuotaSnapshot last, Instant lastAttemptAt, String lastError, YearMonth exhaustedMonth) {

	/** Pushes left in {@code month}, taking a "monthly limit reached" into account. */
	public long remaining(YearMonth month) {
		if (month.equals(this.exhaustedMonth)) {
			return 0;
		}
		if (this.last == null || !this.last.month().equals(month)) {
			return (this.last != null && this.last.limited() && this.last.limit() != null) ? this.last.limit()
					: Long.MAX_VALUE;
		}
		return this.last.remaining();
	}

}
