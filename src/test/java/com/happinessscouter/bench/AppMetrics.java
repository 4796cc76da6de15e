package com.happinessscouter.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the app's Prometheus endpoint for the benchmarks: histogram buckets (cumulative
 * counts by upper bound in seconds), the difference of two scrapes, and quantiles, which
 * are upper bounds: the first bucket boundary at or above the quantile.
 */
final class AppMetrics {

	private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

	private AppMetrics() {
	}

	/** The whole text of {@code /actuator/prometheus}. */
	static String scrape(URI prometheus, String token) {
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http
				.send(HttpRequest.newBuilder(prometheus).header("Authorization", "Bearer " + token).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The buckets of histogram {@code metric}, summed over every series whose tags
	 * contain {@code tag}.
	 */
	static Map<Double, Double> buckets(String metrics, String metric, String tag) {
		Map<Double, Double> buckets = new TreeMap<>();
		for (String line : metrics.split("\n")) {
			if (line.startsWith(metric + "_bucket{") && line.contains(tag)) {
				Matcher le = LE.matcher(line);
				if (le.find()) {
					double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY
							: Double.parseDouble(le.group(1));
					buckets.merge(bound, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)), Double::sum);
				}
			}
		}
		return buckets;
	}

	/** The counts of {@code after} less those of {@code before}, bucket by bucket. */
	static Map<Double, Double> minus(Map<Double, Double> after, Map<Double, Double> before) {
		Map<Double, Double> difference = new TreeMap<>();
		after.forEach((bound, count) -> difference.put(bound, count - before.getOrDefault(bound, 0.0)));
		return difference;
	}

	/**
	 * The smallest bucket bound (seconds) with at least {@code q} of the count under it.
	 */
	static double quantile(Map<Double, Double> buckets, double q) {
		double total = total(buckets);
		for (Map.Entry<Double, Double> bucket : buckets.entrySet()) {
			if (bucket.getValue() >= q * total) {
				return bucket.getKey();
			}
		}
		return Double.NaN;
	}

	/** The share of the count at or under {@code bound} seconds (a bucket bound). */
	static double fractionUnder(Map<Double, Double> buckets, double bound) {
		Double under = buckets.get(bound);
		double total = total(buckets);
		return (under == null || total == 0) ? Double.NaN : under / total;
	}

	private static double total(Map<Double, Double> buckets) {
		return buckets.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
	}

	/** Quantiles of an app timer over the burst (the difference of two scrapes). */
	static void timedByTheApp(String label, String before, String after, String metric, String tag) {
		Map<Double, Double> burst = minus(buckets(after, metric, tag), buckets(before, metric, tag));
		System.out.printf("%s, burst only): p50<=%.1f p99<=%.1f ms; %.2f %% under %d ms%n", label,
				quantile(burst, 0.5) * 1000, quantile(burst, 0.99) * 1000,
				fractionUnder(burst, PhotoLoad.ACK_TARGET.toMillis() / 1000.0) * 100, PhotoLoad.ACK_TARGET.toMillis());
	}

	/** The app's AWS calls by operation, from its metrics ({@code app.aws.calls}). */
	static void awsCalls(String metrics, long photos) {
		Pattern count = Pattern.compile("^app_aws_calls_seconds_count\\{(.*)} (\\S+)$", Pattern.MULTILINE);
		Map<String, Double> calls = new TreeMap<>();
		Matcher matcher = count.matcher(metrics);
		while (matcher.find()) {
			String key = tag(matcher.group(1), "service") + " " + tag(matcher.group(1), "operation");
			calls.merge(key, Double.parseDouble(matcher.group(2)), Double::sum);
		}
		System.out.println("AWS calls by the app (per photo): " + calls.entrySet()
			.stream()
			.map((entry) -> String.format("%s %.0f (%.1f)", entry.getKey(), entry.getValue(),
					entry.getValue() / photos))
			.collect(Collectors.joining(", ")));
	}

	private static String tag(String tags, String name) {
		Matcher matcher = Pattern.compile(name + "=\"([^\"]*)\"").matcher(tags);
		return matcher.find() ? matcher.group(1) : "?";
	}

}
