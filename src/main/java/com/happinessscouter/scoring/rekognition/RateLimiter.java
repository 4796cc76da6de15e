package com.happinessscouter.scoring.rekognition;

import java.time.Duration;

/**
 * Spaces calls at least {@code 1 / permitsPerSecond} apart across all threads: a token
 * bucket holding one token, where callers queue for the next free slot. Idle time is not
 * saved up, so there are no bursts. Thread-safe; the waiting happens outside the lock.
 */
final class RateLimiter {

	private final long intervalNanos;

	private final TimeSource time;

	private boolean started;

	private long nextFreeNanos;

	RateLimiter(double permitsPerSecond, TimeSource time) {
		if (!(permitsPerSecond > 0)) {
			throw new IllegalArgumentException("permitsPerSecond must be positive: " + permitsPerSecond);
		}
		this.intervalNanos = Math.max(1, Math.round(1_000_000_000 / permitsPerSecond));
		this.time = time;
	}

	/** Waits until the caller may make one call. */
	void acquire() throws InterruptedException {
		long waitNanos = reserve();
		if (waitNanos > 0) {
			this.time.sleep(Duration.ofNanos(waitNanos));
		}
	}

	/** Books the next free slot and answers how long until it comes. */
	private synchronized long reserve() {
		long now = this.time.nanoTime();
		if (!this.started || now - this.nextFreeNanos > 0) {
			this.started = true;
			this.nextFreeNanos = now;
		}
		long slot = this.nextFreeNanos;
		this.nextFreeNanos = slot + this.intervalNanos;
		return slot - now;
	}

}
