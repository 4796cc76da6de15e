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

}
