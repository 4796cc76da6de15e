package com.happinessscouter.quota;

import java.time.Instant;
import java.time.YearMonth;

/**
 * LINE's quota figures at one poll.
 *
 * @param polledAt when they were read
 * @param month LINE's month (Asia/Tokyo) they belong to
 * @param limited whether the plan has a monthly limit
 * @param limit the limit ({@code null} when not limited)
 * @param used messages counted this month
 */
public record QuotaSnapshot(Instant polledAt, YearMonth month, boolean limited, Long limit, long used) {

	/** Pushes left this month; {@link Long#MAX_VALUE} when the plan has no limit. */
	public long remaining() {
		return (this.limited && this.limit != null) ? Math.max(0, this.limit - this.used) : Long.MAX_VALUE;
	}

}
