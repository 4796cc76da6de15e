package com.happinessscouter.limits;

import java.time.Instant;

/**
 * The limits as an admin left them ({@code 0}: no limit).
 *
 * @param photosPerGuest the default quota of photos per guest per event
 * @param photosPerMinute photos per guest per minute
 * @param analysisBudget photos analysed per month
 * @param changedBy who set them ({@code null} until someone does)
 * @param changedAt when
 */
public record LimitSettings(int photosPerGuest, int photosPerMinute, long analysisBudget, String changedBy,
		Instant changedAt) {

	/**
	 * The largest budget: the month's counter item holds the id of every photo it
	 * counted, and a DynamoDB item holds at most 400 KB.
	 */
	public static final long MAX_BUDGET = 10_000;

	public LimitSettings {
		if (photosPerGuest < 0 || photosPerMinute < 0 || analysisBudget < 0) {
			throw new IllegalArgumentException("limits must be 0 (none) or more");
		}
		if (analysisBudget > MAX_BUDGET) {
			throw new IllegalArgumentException("the analysis budget must be at most " + MAX_BUDGET);
		}
	}

	static LimitSettings defaults(LimitsProperties properties) {
		return new LimitSettings(properties.photosPerGuest(), properties.photosPerMinute(), properties.analysisBudget(),
				null, null);
	}

	@Override
	public String toString() {
		return "per guest " + this.photosPerGuest + ", per minute " + this.photosPerMinute + ", budget "
				+ this.analysisBudget;
	}

}
