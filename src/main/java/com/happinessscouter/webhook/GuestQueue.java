package com.happinessscouter.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.happinessscouter.webhook.inbox.InboxWorker;

import org.springframework.stereotype.Component;

/**
 * A guest's photos in this instance's work queue: where the first stands, and moving them
 * up when the guest asks for their results with a fresh reply token.
 */
@Component
public class GuestQueue {

	private final InboxWorker worker;

	GuestQueue(InboxWorker worker) {
		this.worker = worker;
	}

	/**
	 * Where a guest's first unfinished photo stands.
	 *
	 * @param ahead photos before it (queued or being analysed)
	 * @param expected the estimated time until its result ({@code 0} before any photo was
	 * timed)
	 */
	public record Wait(int ahead, Duration expected) {
	}

	/** Where the guest's first unfinished photo stands here, if one is queued here. */
	public Optional<Wait> waitOf(String userId) {
		return this.worker.waitOf(userId);
	}

	/** The guest's queued photos are worked on to be answered by {@code deadline}. */
	public void expedite(String userId, Instant deadline) {
		this.worker.expedite(userId, deadline);
	}

}
