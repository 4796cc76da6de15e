package com.happinessscouter.webhook.inbox;

/** Where a webhook event is in the inbox. */
public enum InboxState {

	/** Recorded, not yet handled (or being handled under a lease). */
	PENDING,
	/** Handed to the modules and done. */
	DONE,
	/** An event type the app does not act on: acknowledged and ignored. */
	IGNORED,
	/** Still failing after {@code app.webhook.give-up-after}: parked. */
	ABANDONED,
	/** Its guest's data was deleted while it waited: never acted on. */
	ERASED

}
