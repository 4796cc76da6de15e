package com.happinessscouter.tables;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.happinessscouter.events.EventTables;
import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.tables.TableJoin.Outcome;
import com.happinessscouter.tables.internal.SeatStore;

import org.springframework.stereotype.Service;

/**
 * Table teams: a guest joins (or moves to) a table of the open event, and the tables are
 * ranked by the mean of their guests' best power. Only guests with a scored photo count
 * toward the mean (a guest who has not played yet neither helps nor hurts the table), and
 * a table is ranked once {@link TablesProperties#minMembers()} of them have one.
 */
@Service
public class Tables {

	private record Cached(List<TableStanding> ranking, Instant madeAt) {
	}

	private final SeatStore seats;

	private final Events events;

	private final TablesProperties properties;

	private final Clock clock;

	private final Map<String, Cached> rankings = new ConcurrentHashMap<>();

	Tables(SeatStore seats, Events events, TablesProperties properties, Clock clock) {
		this.seats = seats;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The guest's {@code テーブル word}: joins the open event's table of that number or name
	 * ({@code word} blank: the list is asked for).
	 */
	public TableJoin join(String userId, String word) {
		Optional<WeddingEvent> open = this.events.current();
		if (open.isEmpty()) {
			return new TableJoin(Outcome.NO_EVENT, List.of(), null, null);
		}
		WeddingEvent event = open.get();
		List<String> tables = event.tables();
		if (tables.isEmpty()) {
			return new TableJoin(Outcome.NO_TABLES, tables, null, null);
		}
		if (word == null || word.isBlank()) {
			return new TableJoin(Outcome.LIST, tables, null, null);
		}
		Optional<Integer> number = EventTables.find(tables, word);
		if (number.isEmpty()) {
			return new TableJoin(Outcome.UNKNOWN, tables, EventTables.normalize(word), null);
		}
		String table = tables.get(number.get() - 1);
		Optional<Integer> before = this.seats.sit(userId, event.id(), number.get(), this.clock.instant());
		this.rankings.remove(event.id());
		if (before.isEmpty()) {
			return new TableJoin(Outcome.JOINED, tables, table, null);
		}
		String previous = name(tables, before.get());
		return new TableJoin(before.get().equals(number.get()) ? Outcome.ALREADY : Outcome.MOVED, tables, table,
				previous);
	}

	/**
	 * The name of the table each of these guests joined in the event (one batch read).
	 */
	public Map<String, String> tablesOf(WeddingEvent event, Collection<String> userIds) {
		Map<String, String> names = new TreeMap<>();
		if (event.hasTables() && !userIds.isEmpty()) {
			this.seats.tablesOf(event.id(), userIds).forEach((userId, number) -> {
				String name = name(event.tables(), number);
				if (name != null) {
					names.put(userId, name);
				}
			});
		}
		return names;
	}

	/**
	 * The event's table ranking, best first, at most {@link TablesProperties#shown()}
	 * tables; computed from each guest's best power ({@code best}, asked only when the
	 * ranking kept for {@link TablesProperties#refresh()} is too old) and one batch read
	 * of their seats.
	 */
	public List<TableStanding> ranking(WeddingEvent event, Supplier<Map<String, Long>> best) {
		if (!event.hasTables()) {
			return List.of();
		}
		Instant now = this.clock.instant();
		Cached cached = this.rankings.get(event.id());
		if (cached == null || !cached.madeAt().plus(this.properties.refresh()).isAfter(now)) {
			cached = new Cached(rank(event, best.get()), now);
			this.rankings.put(event.id(), cached);
		}
		return cached.ranking();
	}

	private List<TableStanding> rank(WeddingEvent event, Map<String, Long> best) {
		Map<Integer, List<Long>> powers = new TreeMap<>();
		this.seats.tablesOf(event.id(), best.keySet())
			.forEach(
					(userId, number) -> powers.computeIfAbsent(number, (n) -> new ArrayList<>()).add(best.get(userId)));
		List<TableStanding> unranked = new ArrayList<>();
		powers.forEach((number, members) -> {
			String name = name(event.tables(), number);
			if (name != null && members.size() >= this.properties.minMembers()) {
				long mean = Math.round(members.stream().mapToLong(Long::longValue).average().orElse(0));
				unranked.add(new TableStanding(0, number, name, mean, members.size()));
			}
		});
		unranked.sort(Comparator.comparingLong(TableStanding::power)
			.reversed()
			.thenComparing(Comparator.comparingInt(TableStanding::members).reversed())
			.thenComparingInt(TableStanding::number));
		List<TableStanding> ranked = new ArrayList<>();
		for (TableStanding table : unranked.subList(0, Math.min(unranked.size(), this.properties.shown()))) {
			ranked.add(
					new TableStanding(ranked.size() + 1, table.number(), table.name(), table.power(), table.members()));
		}
		return ranked;
	}

	/** Deletes the guest's seats (the guest asked for their data to be deleted). */
	public void forgetGuest(String userId) {
		this.seats.forgetGuest(userId);
		this.rankings.clear();
	}

	public TablesProperties properties() {
		return this.properties;
	}

	private static String name(List<String> tables, int number) {
		return (number >= 1 && number <= tables.size()) ? tables.get(number - 1) : null;
	}

}
