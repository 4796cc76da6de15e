package com.happinessscouter.webhook;

import com.happinessscouter.webhook.inbox.EventInbox;

import org.springframework.stereotype.Service;

/**
 * What the webhook keeps of the events guests sent, for deleting a guest's data. A
 * finished event keeps no payload (only its id, to recognise a redelivery); this erases
 * the payloads of a guest's events still waiting to be worked off.
 */
@Service
public class StoredEvents {

	private final EventInbox inbox;

	StoredEvents(EventInbox inbox) {
		this.inbox = inbox;
	}

	/**
	 * Erases the raw events (chat text, photo references) of the guest's unfinished
	 * events; they are then completed without being acted on. Idempotent.
	 * @param userId the guest
	 * @param asking the webhook event id of the guest's own request to delete (left alone
	 * so it can be retried), or {@code null} when an admin deletes
	 * @return how many waiting events were erased
	 */
	public int eraseGuest(String userId, String asking) {
		return this.inbox.eraseGuest(userId, asking);
	}

}
