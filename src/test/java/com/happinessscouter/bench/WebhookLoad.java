package com.happinessscouter.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.happinessscouter.support.SignedWebhook;

/**
 * Load script for the webhook: {@code guests} concurrent guests each post signed webhook
 * events (a text or a follow, each answered by the bot) back to back for {@code seconds},
 * and the ack latency of {@code /callback} is measured. Prints p50, p99, max, throughput
 * and errors. Run by {@code bench/webhook-load.sh}, which also reports the app's RSS.
 * <p>
 * Arguments: callback URL, channel secret, guests (200), seconds (30).
 */
public final class WebhookLoad {

	private WebhookLoad() {
	}

	public static void main(String[] args) throws Exception {
		URI callback = URI.create(args.length > 0 ? args[0] : "http://localhost:8080/callback");
		String secret = (args.length > 1) ? args[1] : "local-simulator-channel-secret";
		int guests = (args.length > 2) ? Integer.parseInt(args[2]) : 200;
		int seconds = (args.length > 3) ? Integer.parseInt(args[3]) : 30;
		long pause = (args.length > 4) ? Long.parseLong(args[4]) : 1000;
		SignedWebhook webhook = new SignedWebhook(secret);
		List<String> users = new ArrayList<>();
		for (int g = 0; g < guests; g++) {
			users.add(SignedWebhook.newUserId());
		}

		// warm-up at the same load (WARM_UP_SECONDS, 60 by default): the JIT compiles the
		// hot paths, the guests' profiles get cached
		run(webhook, callback, users, Integer.getInteger("webhook-load.warm-up-seconds", 60), pause,
				new ConcurrentLinkedQueue<>(), new AtomicLong());
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicLong errors = new AtomicLong();
		long started = System.nanoTime();
		run(webhook, callback, users, seconds, pause, latencies, errors);
		double elapsed = (System.nanoTime() - started) / 1e9;

		long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(sorted);
		System.out.printf("guests=%d pause=%dms duration=%.1fs requests=%d errors=%d throughput=%.0f req/s%n", guests,
				pause, elapsed, sorted.length, errors.get(), sorted.length / elapsed);
		System.out.printf("ack latency ms: p50=%.1f p90=%.1f p99=%.1f max=%.1f%n", percentile(sorted, 50),
				percentile(sorted, 90), percentile(sorted, 99),
				sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
	}

	private static void run(SignedWebhook webhook, URI callback, List<String> users, int seconds, long pause,
			ConcurrentLinkedQueue<Long> latencies, AtomicLong errors) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Runnable> loops = new ArrayList<>();
			for (String userId : users) {
				loops.add(() -> {
					int n = 0;
					sleep(ThreadLocalRandom.current().nextLong(pause + 1));
					while (System.nanoTime() < deadline) {
						String event = ((n++ % 10) == 0) ? SignedWebhook.event("follow", Map.of("userId", userId))
								: SignedWebhook.event("text", Map.of("userId", userId, "text", "help"));
						long start = System.nanoTime();
						try {
							int status = webhook.post(callback, SignedWebhook.body(event));
							latencies.add(System.nanoTime() - start);
							if (status != 200) {
								errors.incrementAndGet();
							}
						}
						catch (Exception ex) {
							errors.incrementAndGet();
						}
						sleep(pause);
					}
				});
			}
			loops.forEach(pool::submit);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The percentile of sorted nanosecond values, in milliseconds. */
	static double percentile(long[] sorted, int percentile) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

}
