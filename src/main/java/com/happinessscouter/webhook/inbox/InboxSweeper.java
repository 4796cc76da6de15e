package com.happinessscouter.webhook.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Picks up events that wait in the table: the pool was full, the app restarted (even
 * after {@code kill -9}), another instance died holding a lease, or a retry is due. Runs
 * on every instance; a conditional claim gives each event to one of them.
 */
@Component
class InboxSweeper {

	private static final Logger log = LoggerFactory.getLogger(InboxSweeper.class);

	private static final int BATCH = 50;

	private final EventInbox inbox;

	private final InboxWorker worker;

	private final Clock clock;

	InboxSweeper(EventInbox inbox, InboxWorker worker, Clock clock) {
		this.inbox = inbox;
		this.worker = worker;
		this.clock = clock;
	}

	@Scheduled(initialDelay = 0, fixedDelayString = "${app.webhook.sweep-interval}")
	void sweep() {
		try {
			int room = Math.min(BATCH, this.worker.available());
			if (room > 0) {
				sweep(room);
			}
		}
		catch (RuntimeException ex) {
			log.warn("waiting events not checked this time: {}", ex.toString());
		}
	}

	private void sweep(int room) {
		Instant now = this.clock.instant();
		List<InboxEntry> due = this.inbox.due(now, room);
		for (InboxEntry entry : due) {
			if (!this.worker.tryReserve()) {
				return;
			}
			this.inbox.claim(entry, now.plus(this.worker.lease()))
				.ifPresentOrElse(this.worker::submit, this.worker::release);
		}
	}

}
