package com.happinessscouter.webhook.inbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Once a second: photos that will miss their reply token get a "please wait" reply. */
@Component
class LateCheck {

	private static final Logger log = LoggerFactory.getLogger(LateCheck.class);

	private final InboxWorker worker;

	LateCheck(InboxWorker worker) {
		this.worker = worker;
	}

	@Scheduled(initialDelay = 1000, fixedDelay = 1000)
	void check() {
		try {
			this.worker.checkDeadlines();
		}
		catch (RuntimeException ex) {
			log.warn("late answers not checked this time: {}", ex.toString());
		}
	}

}
