package com.happinessscouter.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A wedding (or any party) the bot runs a leaderboard for.
 *
 * @param id short id
 * @param name shown on the big screen, e.g. "Reception"
 * @param couple the couple's names
 * @param startsAt photos sent from this moment are tagged with the event
 * @param endsAt ... until this moment (exclusive)
 * @param active switched on by an admin; an inactive event tags nothing
 * @param preModeration photos reach the big screen only after a host approves them
 * @param countdownStartedAt when the host started "everyone post now", or {@code null}
 * @param countdownEndsAt when it ends and the ranking freezes, or {@code null}
 * @param tables the names of the event's tables, table 1 first ({@code "1"}, {@code "2"}
 * ... when the host gave a count); empty when the event has no table teams
 */
public record WeddingEvent(String id, String name, String couple, Instant startsAt, Instant endsAt, boolean active,
		boolean preModeration, Instant countdownStartedAt, Instant countdownEndsAt, List<String> tables) {

	public WeddingEvent {
		tables = (tables != null) ? List.copyOf(tables) : List.of();
	}

	/** An event without tables. */
	public WeddingEvent(String id, String name, String couple, Instant startsAt, Instant endsAt, boolean active,
			boolean preModeration, Instant countdownStartedAt, Instant countdownEndsAt) {
		this(id, name, couple, startsAt, endsAt, active, preModeration, countdownStartedAt, countdownEndsAt, List.of());
	}

	/** Whether guests can join tables. */
	public boolean hasTables() {
		return !this.tables.isEmpty();
	}

	/** The same event with these tables. */
	public WeddingEvent withTables(List<String> names) {
		return new WeddingEvent(this.id, this.name, this.couple, this.startsAt, this.endsAt, this.active,
				this.preModeration, this.countdownStartedAt, this.countdownEndsAt, names);
	}

	/** Whether a photo sent at {@code at} belongs to this event. */
	public boolean openAt(Instant at) {
		return this.active && !at.isBefore(this.startsAt) && at.isBefore(this.endsAt);
	}

	/** The countdown is running: the screen shows the time left. */
	public boolean countingDown(Instant now) {
		return this.countdownEndsAt != null && now.isBefore(this.countdownEndsAt);
	}

	/** The countdown has ended: the ranking is final and the winners are shown. */
	public boolean frozen(Instant now) {
		return this.countdownEndsAt != null && !now.isBefore(this.countdownEndsAt);
	}

	/**
	 * Whether a photo sent at {@code sentAt} may still change the ranking: anything sent
	 * before the countdown ended counts, even if it is scored a moment later.
	 */
	public boolean ranks(Instant sentAt) {
		return this.countdownEndsAt == null || !sentAt.isAfter(this.countdownEndsAt);
	}

	/** Time left on the countdown, zero when none runs. */
	public Duration countdownLeft(Instant now) {
		return countingDown(now) ? Duration.between(now, this.countdownEndsAt) : Duration.ZERO;
	}

	public WeddingEvent withCountdown(Instant startedAt, Instant endsAt) {
		return new WeddingEvent(this.id, this.name, this.couple, this.startsAt, this.endsAt, this.active,
				this.preModeration, startedAt, endsAt, this.tables);
	}

}
