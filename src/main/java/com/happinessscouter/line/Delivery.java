package com.happinessscouter.line;

/** How an answer to a guest went out, or why it did not. */
public enum Delivery {

	/** With the reply token (free). */
	REPLY,
	/** As a push (counts against the month's message quota). */
	PUSH,
	/** Not sent: the push quota is at its reserve or spent. */
	HELD,
	/** Not sent: the reply token is unusable and pushing is not allowed here. */
	NONE

}
