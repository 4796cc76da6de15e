package com.happinessscouter.leaderboard;

import java.time.Duration;
import java.time.Instant;

import com.happinessscouter.events.WeddingEvent;

/**
 * What every big screen of an event shows, as the hosts set it (one item in the table, so
 * every instance agrees).
 *
 * @param mode ranking, wall or both by turns
 * @param reveal the final reveal, or {@code null} before a host starts it
 */
public record ShowState(ShowMode mode, Reveal reveal) {

	/** What a screen shows at one moment. */
	public enum Stage {

		/** The live ranking. */
		RANKING,
		/** The photo wall. */
		WALL,
		/** The countdown is over; the results wait for the host's reveal. */
		WAITING,
		/** The final reveal, places N to 1. */
		REVEAL

	}

	/** The reveal when it is on for {@code event}'s finished countdown. */
	public Reveal revealOf(WeddingEvent event, Instant now) {
		return (event.frozen(now) && this.reveal != null && this.reveal.belongsTo(event.countdownEndsAt()))
				? this.reveal : null;
	}

	/**
	 * The stage at {@code now}: the reveal (or the wait for it) once the countdown is
	 * over; before, the mode, where "alternate" takes turns on the wall clock
	 * ({@code ranking}, then {@code wall}), so every screen turns at the same moment. No
	 * photo to show: the ranking.
	 */
	public Stage stage(WeddingEvent event, Instant now, boolean photos, Duration ranking, Duration wall) {
		if (event.frozen(now)) {
			return (revealOf(event, now) != null) ? Stage.REVEAL : Stage.WAITING;
		}
		if (!photos || this.mode == ShowMode.RANKING) {
			return Stage.RANKING;
		}
		if (this.mode == ShowMode.WALL) {
			return Stage.WALL;
		}
		long turn = ranking.toMillis() + wall.toMillis();
		return (Math.floorMod(now.toEpochMilli(), turn) < ranking.toMillis()) ? Stage.RANKING : Stage.WALL;
	}

}
