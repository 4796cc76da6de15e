package com.happinessscouter.retention.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.happinessscouter.retention.ExpiringPhotos;

/**
 * How many photos expire in the next {@link #WINDOW}, counted through the expiry index at
 * most once per {@link #RECOUNT} however many dashboards poll.
 */
final class ExpiringSoon {

	static final Duration WINDOW = Duration.ofDays(7);

	static final Duration RECOUNT = Duration.ofSeconds(20);

	private final ExpiringPhotos photos;

	private final Clock clock;

	private record Count(long photos, Instant at) {
	}

	private volatile Count last;

	ExpiringSoon(ExpiringPhotos photos, Clock clock) {
		this.photos = photos;
		this.clock = clock;
	}

	/** Photos whose expiry falls between now and now + 7 days. */
	long count() {
		Instant now = this.clock.instant();
		Count current = this.last;
		if (current == null || !now.isBefore(current.at().plus(RECOUNT)) || now.isBefore(current.at())) {
			current = new Count(this.photos.expiringBefore(now.plus(WINDOW)), now);
			this.last = current;
		}
		return current.photos();
	}

}
