package com.happinessscouter.quota;

/** The admin's switch. */
public enum ThrottleMode {

	/** Busy when few pushes remain or the month's analysis budget is spent. */
	AUTO,
	/** Always busy: the event is over, or an emergency. */
	FORCED_BUSY,
	/** Never busy. */
	OFF

}
