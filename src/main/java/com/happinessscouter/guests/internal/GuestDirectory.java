package com.happinessscouter.guests.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.happinessscouter.guests.GuestQuery;
import com.happinessscouter.guests.GuestSummary;

import org.springframework.stereotype.Component;

/**
 * The console's guest list, sorted and filtered. The default order (latest activity
 * first, no filter) pages straight through the work index; any other order or a filter
 * works on the whole guest list, read through the same index (never a Scan) and reused
 * for a few seconds.
 */
@Component
public class GuestDirectory {

	private static final Duration REUSE = Duration.ofSeconds(10);

	/** The guest list as read, and each order of it asked for since (computed once). */
	private record Snapshot(List<GuestSummary> guests, Instant readAt, Map<GuestQuery, List<GuestSummary>> views) {
	}

	private final GuestStats stats;

	private final Clock clock;

	private volatile Snapshot snapshot;

	GuestDirectory(GuestStats stats, Clock clock) {
		this.stats = stats;
		this.clock = clock;
	}

	public List<GuestSummary> page(GuestQuery query, int offset, int limit) {
		if (query.natural()) {
			return this.stats.guests(offset, limit);
		}
		List<GuestSummary> matching = matching(query);
		return matching.subList(Math.min(offset, matching.size()), Math.min(offset + limit, matching.size()));
	}

	public int count(GuestQuery query) {
		if (query.natural()) {
			return (int) Math.min(Integer.MAX_VALUE, this.stats.guestCount());
		}
		return matching(query).size();
	}

	/** Every guest, best power first (for the export). */
	public List<GuestSummary> all() {
		return matching(new GuestQuery("", GuestQuery.Sort.BEST_POWER, true));
	}

	private List<GuestSummary> matching(GuestQuery query) {
		Snapshot current = snapshot();
		return current.views().computeIfAbsent(query, (asked) -> matching(current.guests(), asked));
	}

	private static List<GuestSummary> matching(List<GuestSummary> guests, GuestQuery query) {
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

	private static Comparator<GuestSummary> comparator(GuestQuery.Sort sort) {
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
