package com.happinessscouter.quota;

/** The admin's switch. */
public enum ThrottleMode {

	/**
	 * Busy when the month's analysis budget is spent (replies are free: the LINE quota
	 * only gates pushes).
	 */
	AUTO,
	/** Always busy: the event is over, or an emergency. */
	FORCED_BUSY,
	/** Never busy. */
	OFF

}
