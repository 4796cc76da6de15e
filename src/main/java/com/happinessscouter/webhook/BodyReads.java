package com.happinessscouter.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Semaphore;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Bounds what reading webhook bodies can cost: at most {@code permits} bodies are read at
 * once (a slow sender holds one; when none is free the caller answers 503 and LINE
 * redelivers), each read must finish within a deadline, and no body grows past the size
 * cap.
 */
final class BodyReads {

	private static final int CHUNK = 16 * 1024;

	private final Semaphore permits;

	private final int size;

	private final long deadlineNanos;

	private final int maxBytes;

	BodyReads(int permits, Duration deadline, int maxBytes, MeterRegistry meters) {
		this.permits = new Semaphore(permits);
		this.size = permits;
		this.deadlineNanos = deadline.toNanos();
		this.maxBytes = maxBytes;
		Gauge.builder("app.webhook.body.reads", this, BodyReads::active)
			.description("Webhook bodies being read now")
			.register(meters);
	}

	/**
	 * @return whether a read may start; if so, {@link #done()} must follow
	 */
	boolean tryStart() {
		return this.permits.tryAcquire();
	}

	void done() {
		this.permits.release();
	}

	int active() {
		return this.size - this.permits.availablePermits();
	}

	/**
	 * @return the body
	 * @throws TooLarge when it is longer than the cap
	 * @throws TooSlow when it did not arrive within the deadline
	 * @throws IOException when the connection failed or ended early
	 */
	byte[] read(InputStream in) throws IOException {
		long started = System.nanoTime();
		byte[] body = new byte[CHUNK];
		int length = 0;
		while (true) {
			if (length == body.length) {
				body = Arrays.copyOf(body, Math.min(body.length * 2, this.maxBytes + 1));
			}
			int read = in.read(body, length, body.length - length);
			if (read < 0) {
				return Arrays.copyOf(body, length);
			}
			length += read;
			if (length > this.maxBytes) {
				throw new TooLarge();
			}
			if (System.nanoTime() - started > this.deadlineNanos) {
				throw new TooSlow();
			}
		}
	}

	static final class TooLarge extends IOException {

		TooLarge() {
			super("webhook body over the size cap");
		}

	}

	static final class TooSlow extends IOException {

		TooSlow() {
			super("webhook body not received within the deadline");
		}

	}

}
