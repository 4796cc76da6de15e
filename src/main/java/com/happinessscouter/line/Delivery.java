package com.happinessscouter.line;

/** How an answer to a guest went out, or why it did not (yet). */
public enum Delivery {

	/** With the reply token (free). */
	REPLY,
	/** As a push (counts against the month's message quota). */
	PUSH,
	/**
	 * Not sent yet: the result waits for the guest's next message, whose reply token
	 * carries it (free). Recorded on the photo, so any instance can deliver it.
	 */
	PENDING,
	/** Not sent: the reply token is unusable and pushing is not allowed here. */
	NONE;

	/**
	 * A stored delivery: the {@code HELD} of earlier versions (never delivered) reads as
	 * {@link #PENDING}.
	 * @return the delivery, or {@code null} for none
	 */
	public static Delivery stored(String name) {
		if (name == null) {
			return null;
		}
		return "HELD".equals(name) ? PENDING : valueOf(name);
	}

}
