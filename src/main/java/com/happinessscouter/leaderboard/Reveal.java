package com.happinessscouter.leaderboard;

import java.time.Duration;
import java.time.Instant;

/**
 * The final reveal a host started after the countdown: places N to 1 appear one by one.
 *
 * @param countdownEndsAt the end of the countdown it reveals the results of (a new
 * countdown makes it void)
 * @param timed {@code true}: the next place appears every reveal step; {@code false}:
 * when the host presses "next"
 * @param startedAt when the host pressed "Reveal"
 * @param presses how often the host pressed "next"
 */
public record Reveal(Instant countdownEndsAt, boolean timed, Instant startedAt, int presses) {

	/**
	 * How many places are revealed at {@code now}, the lowest first: none at the start,
	 * then one per step (or press), at most {@code places}.
	 */
	public int revealed(Instant now, int places, Duration step) {
		long count = this.timed ? Duration.between(this.startedAt, now).toMillis() / Math.max(1, step.toMillis())
				: this.presses;
		return (int) Math.max(0, Math.min(places, count));
	}

	/** Whether it reveals the results of the countdown {@code endsAt}. */
	public boolean belongsTo(Instant endsAt) {
		return endsAt != null && endsAt.equals(this.countdownEndsAt);
	}

}
