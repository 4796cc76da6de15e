package com.happinessscouter.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.happinessscouter.audit.AuditAction;
import com.happinessscouter.audit.AuditEntry;
import com.happinessscouter.audit.AuditLog;
import com.happinessscouter.events.internal.EventStore;

import org.springframework.stereotype.Service;

/**
 * The events and which one is open. Every instance reads the list from the table (cached
 * for {@link EventsProperties#refresh()}), so all instances agree.
 */
@Service
public class Events {

	/** How long a countdown may run. */
	public static final Duration LONGEST_COUNTDOWN = Duration.ofMinutes(30);

	private record Cached(List<WeddingEvent> events, Instant loadedAt) {
	}

	private final EventStore store;

	private final AuditLog audit;

	private final EventsProperties properties;

	private final Clock clock;

	private volatile Cached cached;

	Events(EventStore store, AuditLog audit, EventsProperties properties, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** All events, latest start first (ties in a fixed order). */
	public List<WeddingEvent> all() {
		Cached current = this.cached;
		Instant now = this.clock.instant();
		if (current == null || current.loadedAt().plus(this.properties.refresh()).isBefore(now)) {
			List<WeddingEvent> events = this.store.all()
				.stream()
				.sorted(Comparator.comparing(WeddingEvent::startsAt).thenComparing(WeddingEvent::id).reversed())
				.toList();
			current = new Cached(events, now);
			this.cached = current;
		}
		return current.events();
	}

	/**
	 * The event a photo sent at {@code at} belongs to: the active one whose window holds
	 * it (the latest started if several do).
	 */
	public Optional<WeddingEvent> openAt(Instant at) {
		return all().stream().filter((event) -> event.openAt(at)).findFirst();
	}

	/** The event open now, or else the latest active one: what the big screen shows. */
	public Optional<WeddingEvent> current() {
		Instant now = this.clock.instant();
		return openAt(now).or(() -> all().stream().filter(WeddingEvent::active).findFirst());
	}

	/** Read fresh from the table (for the big screen's countdown). */
	public Optional<WeddingEvent> find(String id) {
		return this.store.find(id);
	}

	/**
	 * Creates ({@code id == null}) or changes an event.
	 * @throws IllegalArgumentException when the name is blank, the window is empty or the
	 * tables are not valid ({@link EventTables#check})
	 */
	public WeddingEvent save(WeddingEvent event, String who) {
		if (event.name() == null || event.name().isBlank()) {
			throw new IllegalArgumentException("events.error.name");
		}
		if (event.startsAt() == null || event.endsAt() == null || !event.endsAt().isAfter(event.startsAt())) {
			throw new IllegalArgumentException("events.error.window");
		}
		EventTables.check(event.tables());
		WeddingEvent saved = (event.id() != null) ? event
				: new WeddingEvent(UUID.randomUUID().toString().substring(0, 8), event.name().strip(),
						(event.couple() != null) ? event.couple().strip() : "", event.startsAt(), event.endsAt(),
						event.active(), event.preModeration(), null, null, event.tables());
		this.store.save(saved);
		this.cached = null;
		this.audit
			.record(AuditEntry.action(who, (event.id() != null) ? AuditAction.EVENT_CHANGE : AuditAction.EVENT_CREATE,
					saved.id(), saved.toString()));
		return saved;
	}

	/** "Everyone post now": the ranking freezes when {@code length} is over. */
	public WeddingEvent startCountdown(String id, Duration length, String who) {
		if (length.isNegative() || length.isZero() || length.compareTo(LONGEST_COUNTDOWN) > 0) {
			throw new IllegalArgumentException("events.error.countdown");
		}
		Instant now = this.clock.instant();
		this.store.countdown(id, now, now.plus(length));
		this.cached = null;
		this.audit.record(AuditEntry.action(who, AuditAction.COUNTDOWN_START, id, length.toSeconds() + "s"));
		return this.store.find(id).orElseThrow();
	}

	/** Stops a running countdown, or un-freezes the ranking after one. */
	public WeddingEvent clearCountdown(String id, String who) {
		this.store.countdown(id, null, null);
		this.cached = null;
		this.audit.record(AuditEntry.action(who, AuditAction.COUNTDOWN_CLEAR, id));
		return this.store.find(id).orElseThrow();
	}

}
