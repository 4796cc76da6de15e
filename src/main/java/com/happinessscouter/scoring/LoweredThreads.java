package com.happinessscouter.scoring;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a pool's threads ({@code name-1}, {@code name-2}, ...), each of which lowers its
 * own CPU priority before its first task; the first one logs whether that took. Start the
 * pool's threads up front, from the start-up thread
 * ({@code ThreadPoolExecutor.prestartAllCoreThreads}): a thread inherits its starter's
 * priority, so one started by a lowered thread would run lower than meant, and one
 * started on a request's path makes the request wait.
 */
final class LoweredThreads implements ThreadFactory {

	private static final Logger logger = LoggerFactory.getLogger(LoweredThreads.class);

	private final String name;

	private final boolean daemon;

	private final String priority;

	private final BooleanSupplier lower;

	private final AtomicInteger count = new AtomicInteger();

	/**
	 * @param priority the lowered priority, for the log
	 * @param lower lowers the calling thread and answers whether it took; {@code null}
	 * leaves the threads at their starter's priority
	 */
	LoweredThreads(String name, boolean daemon, String priority, BooleanSupplier lower) {
		this.name = name;
		this.daemon = daemon;
		this.priority = priority;
		this.lower = lower;
	}

	@Override
	public Thread newThread(Runnable work) {
		int number = this.count.incrementAndGet();
		Thread thread = new Thread(() -> {
			lowerPriority(number);
			work.run();
		}, this.name + "-" + number);
		thread.setDaemon(this.daemon);
		return thread;
	}

	private void lowerPriority(int number) {
		if (this.lower == null) {
			return;
		}
		boolean lowered = this.lower.getAsBoolean();
		if (number != 1) {
			return;
		}
		if (lowered) {
			logger.info("{} threads run at {}: webhook acknowledgements come first", this.name, this.priority);
		}
		else {
			logger.warn("Could not lower the {} threads to {} (Linux only, needs --enable-native-access=ALL-UNNAMED):"
					+ " they share the CPU equally with the webhook", this.name, this.priority);
		}
	}

}
