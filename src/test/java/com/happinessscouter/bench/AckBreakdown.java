package com.happinessscouter.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the webhook acks' time went, as the sender saw them: each ack is matched (by its
 * {@code X-Line-Signature}, unique per body) with the line of the app's Tomcat access log
 * for it, which says when Tomcat began reading the request and when it finished the
 * response. An ack's time then splits into <em>before</em> (the sender's write, the
 * kernel, Tomcat's poller and the wait for a virtual-thread carrier), <em>inside</em>
 * (Tomcat's request processing, which the app's own timer is a part of) and
 * <em>after</em> (the response's way back and the sender's wake-up). The clocks are the
 * same machine's; the access log's are whole milliseconds.
 */
final class AckBreakdown {

	/** The app's safepoint log ({@code -Xlog:safepoint}, wall-clock milliseconds). */
	static final Path SAFEPOINTS = Path.of("target", "photo-load-safepoints.log");

	private static final Pattern SAFEPOINT = Pattern
		.compile("^\\[(\\d+)ms] Safepoint \"(\\w+)\".*Reaching safepoint: (\\d+) ns.*Total: (\\d+) ns");

	/** One webhook post as the sender timed it. */
	record Ack(long startNanos, long nanos, long sentEpochMicros, String signature) {
	}

	private record Served(long beginMillis, long endMillis) {
	}

	private record Split(Ack ack, double before, double inside, double after) {

		double sentMillis() {
			return this.ack.sentEpochMicros() / 1000.0;
		}

	}

	/** One stop of the app's threads: ended at {@code endMillis}, {@code millis} long. */
	private record Stop(String cause, double endMillis, double reachingMillis, double millis) {

		boolean overlaps(Split split) {
			return this.endMillis >= split.sentMillis()
					&& this.endMillis - this.millis <= split.sentMillis() + split.ack().nanos() / 1e6;
		}

	}

	private AckBreakdown() {
	}

	/**
	 * The app settings that write the access log this reads into {@code directory}, which
	 * is emptied first.
	 */
	static List<String> settings(Path directory) {
		try (Stream<Path> files = Files.exists(directory) ? Files.list(directory) : Stream.empty()) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.of("--server.tomcat.accesslog.enabled=true",
				"--server.tomcat.accesslog.directory=" + directory.toAbsolutePath(),
				"--server.tomcat.accesslog.pattern=%{begin:msec}t %{end:msec}t %{X-Line-Signature}i %s",
				"--server.tomcat.accesslog.buffered=false", "--server.tomcat.accesslog.rotate=false");
	}

	/** Prints the split of {@code acks} at their p50 and p99, and of the slowest ones. */
	static void print(Path directory, Collection<Ack> acks) {
		Map<String, Served> served = read(directory);
		List<Split> splits = acks.stream()
			.filter((ack) -> served.containsKey(ack.signature()))
			.map((ack) -> split(ack, served.get(ack.signature())))
			.sorted(Comparator.comparingLong((split) -> split.ack().nanos()))
			.toList();
		if (splits.isEmpty()) {
			System.out.println("ack split: no access log lines matched");
			return;
		}
		System.out.printf(
				"ack split (%d of %d matched with the app's access log), ms: before Tomcat p50=%.1f p99=%.1f;"
						+ " inside Tomcat p50=%.1f p99=%.1f; after p50=%.1f p99=%.1f%n",
				splits.size(), acks.size(), quantile(splits, Split::before, 0.5), quantile(splits, Split::before, 0.99),
				quantile(splits, Split::inside, 0.5), quantile(splits, Split::inside, 0.99),
				quantile(splits, Split::after, 0.5), quantile(splits, Split::after, 0.99));
		double first = splits.stream().mapToDouble(Split::sentMillis).min().orElseThrow();
		double last = splits.stream().mapToDouble(Split::sentMillis).max().orElseThrow();
		List<Stop> stops = stops(first, last + 1000);
		System.out.printf(
				"the app's safepoints in the burst: %d, %.0f ms in all, the longest %.1f ms (reaching it"
						+ " at most %.1f ms)%n",
				stops.size(), stops.stream().mapToDouble(Stop::millis).sum(),
				stops.stream().mapToDouble(Stop::millis).max().orElse(0),
				stops.stream().mapToDouble(Stop::reachingMillis).max().orElse(0));
		int slowest = Math.max(1, splits.size() / 100);
		System.out.println("the slowest " + slowest + " acks (sent at s into the burst: before + inside + after ="
				+ " ms; the app's safepoints during it, ms):");
		for (Split split : splits.subList(splits.size() - slowest, splits.size())) {
			System.out.printf("  %.2f s: %.0f + %.0f + %.0f = %.0f; %s%n", (split.sentMillis() - first) / 1000,
					split.before(), split.inside(), split.after(), split.ack().nanos() / 1e6,
					stops.stream()
						.filter((stop) -> stop.overlaps(split))
						.map((stop) -> String.format("%s %.1f", stop.cause(), stop.millis()))
						.toList());
		}
	}

	/**
	 * The app's safepoints that ended between {@code fromMillis} and {@code toMillis}.
	 */
	private static List<Stop> stops(double fromMillis, double toMillis) {
		try (Stream<String> lines = Files.exists(SAFEPOINTS) ? Files.lines(SAFEPOINTS) : Stream.empty()) {
			return lines.map(SAFEPOINT::matcher)
				.filter(Matcher::find)
				.map((line) -> new Stop(line.group(2), Double.parseDouble(line.group(1)),
						Long.parseLong(line.group(3)) / 1e6, Long.parseLong(line.group(4)) / 1e6))
				.filter((stop) -> stop.endMillis() >= fromMillis && stop.endMillis() <= toMillis)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Split split(Ack ack, Served served) {
		double sent = ack.sentEpochMicros() / 1000.0;
		double answered = sent + ack.nanos() / 1e6;
		return new Split(ack, served.beginMillis() - sent, served.endMillis() - served.beginMillis(),
				answered - served.endMillis());
	}

	private static double quantile(List<Split> splits, ToDoubleFunction<Split> part, double q) {
		double[] sorted = splits.stream().mapToDouble(part).sorted().toArray();
		return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
	}

	private static Map<String, Served> read(Path directory) {
		Map<String, Served> served = new HashMap<>();
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.toList()) {
				for (String line : Files.readAllLines(file)) {
					String[] fields = line.split(" ");
					if (fields.length == 4 && !fields[2].equals("-")) {
						served.put(fields[2], new Served(Long.parseLong(fields[0]), Long.parseLong(fields[1])));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return served;
	}

}
