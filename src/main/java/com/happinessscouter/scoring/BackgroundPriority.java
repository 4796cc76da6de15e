package com.happinessscouter.scoring;

/**
 * The analysis threads' {@link AnalysisPriority} in Linux terms: {@code SCHED_IDLE} for
 * {@link AnalysisPriority#IDLE}, nice {@value #LOW_NICE} for
 * {@link AnalysisPriority#LOW}.
 */
final class BackgroundPriority {

	/** The nice value of {@link AnalysisPriority#LOW}. */
	static final int LOW_NICE = 10;

	static final int SCHED_IDLE = ThreadPriority.SCHED_IDLE;

	private BackgroundPriority() {
	}

	/**
	 * Whether the calling thread now runs at {@code priority} ({@code NORMAL} is left as
	 * it is and answers {@code false}).
	 */
	static boolean lowerCurrentThread(AnalysisPriority priority) {
		return switch (priority) {
			case NORMAL -> false;
			case LOW -> ThreadPriority.setCurrentNice(LOW_NICE);
			case IDLE -> ThreadPriority.idleCurrentThread();
		};
	}

}
