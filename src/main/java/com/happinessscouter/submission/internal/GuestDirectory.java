package com.happinessscouter.submission.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.happinessscouter.submission.GuestSummary;

import org.springframework.stereotype.Component;

/**
 * The console's guest list, sorted and filtered. The default order (latest activity
 * first, no filter) pages straight through the work index; any other order or a filter
 * works on the whole guest list, read through the same index (never a Scan) and reused
 * for a few seconds.
 */
@Component
public class GuestDirectory {

	/** What the list can be sorted by. */
	public enum Sort {

		LAST_ACTIVITY, NAME, PHOTOS, BEST_POWER, LAST_POWER

	}

	/**
	 * @param filter part of a name or user id (case ignored), or blank
	 * @param sort the order
	 * @param descending largest (or latest) first
	 */
	public record Query(String filter, Sort sort, boolean descending) {

		public static final Query DEFAULT = new Query("", Sort.LAST_ACTIVITY, true);

		boolean natural() {
			return (this.filter == null || this.filter.isBlank()) && this.sort == Sort.LAST_ACTIVITY && this.descending;
		}

	}

	private static final Duration REUSE = Duration.ofSeconds(10);

	/** The guest list as read, and each order of it asked for since (computed once). */
	private record Snapshot(List<GuestSummary> guests, Instant readAt, Map<Query, List<GuestSummary>> views) {
	}

	private final GuestStats stats;

	private final Clock clock;

	private volatile Snapshot snapshot;

	GuestDirectory(GuestStats stats, Clock clock) {
		this.stats = stats;
		this.clock = clock;
	}

	public List<GuestSummary> page(Query query, int offset, int limit) {
		if (query.natural()) {
			return this.stats.guests(offset, limit);
		}
		List<GuestSummary> matching = matching(query);
		return matching.subList(Math.min(offset, matching.size()), Math.min(offset + limit, matching.size()));
	}

	public int count(Query query) {
		if (query.natural()) {
			return (int) Math.min(Integer.MAX_VALUE, this.stats.guestCount());
		}
		return matching(query).size();
	}

	/** Every guest, best power first (for the export). */
	public List<GuestSummary> all() {
		return matching(new Query("", Sort.BEST_POWER, true));
	}

	private List<GuestSummary> matching(Query query) {
		Snapshot current = snapshot();
		return current.views().computeIfAbsent(query, (q) -> matching(current.guests(), q));
	}

	private static List<GuestSummary> matching(List<GuestSummary> guests, Query query) {
		String needle = (query.filter() != null) ? query.filter().strip().toLowerCase(Locale.ROOT) : "";
		Comparator<GuestSummary> order = comparator(query.sort());
		return guests.stream()
			.filter((guest) -> needle.isEmpty() || guest.userId().toLowerCase(Locale.ROOT).contains(needle)
					|| guest.displayName().toLowerCase(Locale.ROOT).contains(needle))
			.sorted(query.descending() ? order.reversed() : order)
			.toList();
	}

	private Snapshot snapshot() {
		Snapshot current = this.snapshot;
		Instant now = this.clock.instant();
		if (current == null || current.readAt().plus(REUSE).isBefore(now)) {
			current = new Snapshot(this.stats.allGuests(), now, new ConcurrentHashMap<>());
			this.snapshot = current;
		}
		return current;
	}

	private static Comparator<GuestSummary> comparator(Sort sort) {
		Comparator<GuestSummary> primary = switch (sort) {
			case LAST_ACTIVITY -> Comparator.comparing(GuestSummary::lastActivity);
			case NAME -> Comparator.comparing(GuestSummary::displayName, String.CASE_INSENSITIVE_ORDER);
			case PHOTOS -> Comparator.comparingLong(GuestSummary::photos);
			case BEST_POWER -> Comparator.comparingLong(GuestSummary::bestPower);
			case LAST_POWER -> Comparator.comparingLong(GuestSummary::lastPower);
		};
		return primary.thenComparing(GuestSummary::userId);
	}

}
