package com.happinessscouter.webhook.inbox;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import com.happinessscouter.threads.ThreadPriority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the event workers ({@code guest-event-N}), each of which lowers itself to nice
 * {@code app.webhook.worker-nice} (Linux) before its first event. A worker's downloads,
 * uploads, table calls and replies then yield the cores to the webhook's acknowledgement
 * when both want them: in the 600-photo burst its p99 at the sender fell from 42-50 ms to
 * 30-40 ms (docs/benchmarks.md). Threads a worker starts inherit its nice value.
 */
final class WorkerThreads implements ThreadFactory {

	private static final Logger logger = LoggerFactory.getLogger(WorkerThreads.class);

	private final int nice;

	private final AtomicInteger count = new AtomicInteger();

	WorkerThreads(int nice) {
		this.nice = nice;
	}

	@Override
	public Thread newThread(Runnable work) {
		int number = this.count.incrementAndGet();
		Thread thread = new Thread(() -> {
			lowerPriority(number);
			work.run();
		}, "guest-event-" + number);
		thread.setDaemon(false);
		return thread;
	}

	private void lowerPriority(int number) {
		if (this.nice == 0) {
			return;
		}
		boolean lowered = ThreadPriority.setCurrentNice(this.nice);
		if (number == 1) {
			if (lowered) {
				logger.info("Guest event workers run at nice {}: webhook acknowledgements come first", this.nice);
			}
			else {
				logger.warn("Could not lower the guest event workers to nice {} (Linux only, needs "
						+ "--enable-native-access=ALL-UNNAMED)", this.nice);
			}
		}
	}

}
