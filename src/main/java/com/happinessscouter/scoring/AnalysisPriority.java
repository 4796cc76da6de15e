package com.happinessscouter.scoring;

/**
 * The CPU priority of the threads that analyse photos
 * ({@code app.scoring.analysis-priority}), so that a burst of analyses does not hold up
 * the webhook's acknowledgement. Linux only; elsewhere analyses run at the normal
 * priority.
 */
public enum AnalysisPriority {

	/**
	 * Linux's {@code SCHED_IDLE}: analyses run on every cycle no other thread of the host
	 * wants, and any other thread that wakes up takes the core at once.
	 */
	IDLE,

	/**
	 * Nice 10: analyses get about a tenth of a busy core next to a normal thread, and a
	 * waking thread may wait for the end of their time slice.
	 */
	LOW,

	/** The same priority as the webhook's threads. */
	NORMAL

}
