package com.happinessscouter.leaderboard;

import java.time.Clock;
import java.time.Instant;

import com.happinessscouter.audit.AuditAction;
import com.happinessscouter.audit.AuditEntry;
import com.happinessscouter.audit.AuditLog;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.leaderboard.internal.BoardFeed;
import com.happinessscouter.leaderboard.internal.ShowTable;

import org.springframework.stereotype.Service;

/**
 * The hosts' controls of the reception show: what every big screen of an event shows
 * (ranking, photo wall or both by turns) and the final reveal after the countdown. The
 * state is one item in the table; every instance reads it with each refresh of an open
 * screen, so a switch reaches every screen within
 * {@link LeaderboardProperties#refresh()}.
 */
@Service
public class ReceptionShow {

	private final ShowTable table;

	private final BoardFeed feed;

	private final AuditLog audit;

	private final LeaderboardProperties properties;

	private final Clock clock;

	ReceptionShow(ShowTable table, BoardFeed feed, AuditLog audit, LeaderboardProperties properties, Clock clock) {
		this.table = table;
		this.feed = feed;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	public ShowState state(String eventId) {
		return this.table.read(eventId, this.properties.show().mode());
	}

	/** Switches what every screen of the event shows. */
	public void switchMode(String eventId, ShowMode mode, String who) {
		this.table.mode(eventId, mode);
		this.audit.record(AuditEntry.action(who, AuditAction.SHOW_MODE, eventId, mode.name()));
		this.feed.nudge(eventId);
	}

	/**
	 * Starts the reveal of the finished countdown's results ({@code timed}: a place every
	 * reveal step; else one per {@link #next}).
	 * @throws IllegalStateException when the countdown has not ended
	 */
	public void reveal(WeddingEvent event, boolean timed, String who) {
		Instant now = this.clock.instant();
		if (!event.frozen(now)) {
			throw new IllegalStateException("show.error.not-final");
		}
		this.table.startReveal(event.id(), new Reveal(event.countdownEndsAt(), timed, now, 0));
		this.audit.record(AuditEntry.action(who, AuditAction.REVEAL_START, event.id(), timed ? "timed" : "host"));
		this.feed.nudge(event.id());
	}

	/** The host's "next": one more place, never past the winner. */
	public void next(String eventId) {
		this.table.press(eventId, places());
		this.feed.nudge(eventId);
	}

	/** Ends the reveal: the screens wait for a new one. */
	public void endReveal(String eventId, String who) {
		this.table.endReveal(eventId);
		this.audit.record(AuditEntry.action(who, AuditAction.REVEAL_END, eventId));
		this.feed.nudge(eventId);
	}

	/** How many places the reveal shows at most (N of "N to 1"). */
	public int places() {
		return Math.min(this.properties.show().revealPlaces(), this.properties.top());
	}

	/** How many of the {@code ranked} places are out at {@code now}. */
	public int revealed(Reveal reveal, int ranked) {
		return reveal.revealed(this.clock.instant(), Math.min(places(), ranked), this.properties.show().revealStep());
	}

	public LeaderboardProperties properties() {
		return this.properties;
	}

}
