package com.happinessscouter.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import com.happinessscouter.HappinessScouterApplication;
import com.happinessscouter.aws.IndexSpace;
import com.happinessscouter.aws.Items;
import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.Submissions;
import com.happinessscouter.guests.GuestQuery;
import com.happinessscouter.guests.Guests;
import com.happinessscouter.support.Emulators;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Console benchmark (prints figures; not a test): seeds {@code guests} guests with
 * {@code photos} photos each into a fresh emulator table (the app runs on a random port),
 * then times, server-side, what the console's pages read: the dashboard (totals, guest
 * count, first grid page), the grid sorted by best power (the whole guest list through
 * the index, then from the few-second cache) and a guest's page (their photos and
 * presigned thumbnails). Every AWS call is counted by operation, so a Scan would show.
 * Run by {@code bench/dashboard.sh}.
 * <p>
 * Arguments: guests (10000), photos per guest (10).
 */
public final class DashboardBenchmark {

	private static final int RUNS = 20;

	private DashboardBenchmark() {
	}

	public static void main(String[] args) {
		BenchMain.run(() -> benchmark(args));
	}

	private static void benchmark(String[] args) throws Exception {
		int guests = (args.length > 0) ? Integer.parseInt(args[0]) : 10_000;
		int photos = (args.length > 1) ? Integer.parseInt(args[1]) : 10;
		Path data = Files.createTempDirectory("dashboard-bench");
		Emulators emulators = Emulators.start(data, false);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HappinessScouterApplication.class)
			.profiles("local")
			.run("--server.port=" + Emulators.freePort(), "--aws.dynamodb-endpoint=" + emulators.dynamodbEndpoint(),
					"--aws.s3-endpoint=" + emulators.s3Endpoint(), "--app.dynamodb.table=bench-dashboard",
					"--app.s3.bucket=bench-dashboard", "--app.events.seed-demo=false", "--app.scheduling.enabled=false",
					"--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
			SingleTable table = app.getBean(SingleTable.class);
			long seedStart = System.nanoTime();
			seed(table, guests, photos);
			System.out.printf("seeded %,d guests and %,d photos in %.1f s%n", guests, (long) guests * photos,
					(System.nanoTime() - seedStart) / 1e9);
			Guests stats = app.getBean(Guests.class);
			Guests directory = stats;
			Submissions submissions = app.getBean(Submissions.class);
			MeterRegistry registry = app.getBean(MeterRegistry.class);
			String someone = userId(guests / 2);
			measure("dashboard: totals + count + first 50 guests", registry, () -> {
				stats.totals();
				directory.count(GuestQuery.DEFAULT);
				return directory.page(GuestQuery.DEFAULT, 0, 50).size();
			});
			GuestQuery byBest = new GuestQuery("", GuestQuery.Sort.BEST_POWER, true);
			measure("grid sorted by best power, first 50 (whole list cached up to 10 s)", registry,
					() -> directory.page(byBest, 0, 50).size());
			measure("guest page: photos + presigned thumbnails", registry, () -> {
				List<Photo> theirs = submissions.ofGuest(someone);
				theirs.forEach(submissions::thumbnailUrl);
				return theirs.size();
			});
			Map<String, Double> all = calls(registry);
			System.out.printf("AWS calls by operation over the whole run (seeding included): %s%n", all);
			System.out.printf("Scan calls: %.0f%n", all.getOrDefault("DynamoDB Scan", 0.0));
		}
		finally {
			emulators.close();
		}
	}

	private static void measure(String what, MeterRegistry registry, Supplier<Integer> page) {
		Map<String, Double> before = calls(registry);
		long first = System.nanoTime();
		int rows = page.get();
		double firstMillis = (System.nanoTime() - first) / 1e6;
		Map<String, Double> after = calls(registry);
		Map<String, Long> used = new TreeMap<>();
		after.forEach((operation, count) -> {
			long delta = Math.round(count - before.getOrDefault(operation, 0.0));
			if (delta > 0) {
				used.put(operation, delta);
			}
		});
		List<Double> times = new ArrayList<>();
		for (int run = 0; run < RUNS; run++) {
			long start = System.nanoTime();
			page.get();
			times.add((System.nanoTime() - start) / 1e6);
		}
		times.sort(Double::compare);
		System.out.printf(
				"%-70s first %7.1f ms, then p50 %6.1f ms, max %6.1f ms (%d runs); %d rows; calls of the"
						+ " first: %s%n",
				what, firstMillis, times.get(RUNS / 2), times.get(RUNS - 1), RUNS, rows, used);
	}

	/** Calls so far by "service operation". */
	private static Map<String, Double> calls(MeterRegistry registry) {
		Map<String, Double> calls = new TreeMap<>();
		for (Timer timer : registry.find("app.aws.calls").timers()) {
			calls.merge(timer.getId().getTag("service") + " " + timer.getId().getTag("operation"),
					(double) timer.count(), Double::sum);
		}
		return calls;
	}

	private static void seed(SingleTable table, int guests, int photos) {
		DynamoDbClient db = table.client();
		Instant now = Instant.now();
		IntStream.range(0, guests).parallel().forEach((guest) -> {
			List<Map<String, AttributeValue>> items = new ArrayList<>();
			String userId = userId(guest);
			long best = 0;
			for (int photo = 0; photo < photos; photo++) {
				long power = ThreadLocalRandom.current().nextLong(500_000);
				best = Math.max(best, power);
				items.add(photo(userId, guest * 1000L + photo, power, now.minusSeconds(guest + photo)));
			}
			items.add(summary(userId, "Guest " + guest, photos, best, now.minusSeconds(guest)));
			write(db, table.name(), items);
		});
		Map<String, AttributeValue> totals = new HashMap<>(KeySpace.TOTALS.key());
		totals.put("guests", Items.n(guests));
		totals.put("photos", Items.n((long) guests * photos));
		db.putItem((put) -> put.tableName(table.name()).item(totals));
	}

	private static Map<String, AttributeValue> photo(String userId, long imageId, long power, Instant at) {
		Map<String, AttributeValue> item = new HashMap<>(Items.key(userId, Long.toString(imageId)));
		item.put("itemType", Items.s("PHOTO"));
		item.put("status", Items.s("SCORED"));
		item.put("origin", AttributeValue.fromM(Map.of("webhookEventId", Items.s("bench" + imageId), "sentAt",
				Items.n(at.toEpochMilli()), "chatType", Items.s("USER"), "chatId", Items.s(userId))));
		item.put("s3Key", Items.s("photos/" + userId + "/" + imageId + ".jpg"));
		item.put("contentType", Items.s("image/jpeg"));
		Map<String, AttributeValue> shares = new LinkedHashMap<>();
		shares.put("HAPPY", AttributeValue.fromN("80"));
		shares.put("CALM", AttributeValue.fromN("20"));
		item.put("score",
				AttributeValue.fromM(Map.of("power", Items.n(power), "faceCount", Items.n(2), "smilingFaces",
						Items.n(1), "bestFace", Items.n(0), "emotionShares", AttributeValue.fromM(shares), "faces",
						AttributeValue.fromL(List.of()), "analyzer", Items.s("bench"), "scoredAt",
						Items.n(at.toEpochMilli()))));
		item.put("createdAt", Items.n(at.toEpochMilli()));
		item.put("answeredAt", Items.n(at.toEpochMilli()));
		item.put(SingleTable.EXPIRY_ATTRIBUTE, Items.n(at.plus(Duration.ofDays(90)).getEpochSecond()));
		return item;
	}

	private static Map<String, AttributeValue> summary(String userId, String name, int photos, long best, Instant at) {
		Map<String, AttributeValue> item = new HashMap<>(KeySpace.GUEST_SUMMARY.key(userId));
		item.put("displayName", Items.s(name));
		item.put("photos", Items.n(photos));
		item.put("faces", Items.n(photos * 2L));
		item.put("bestPower", Items.n(best));
		item.put("lastPower", Items.n(best / 2));
		item.put("lastActivity", Items.n(at.toEpochMilli()));
		item.put(SingleTable.WORK_INDEX_PARTITION_KEY, Items.s(IndexSpace.GUESTS.pk()));
		item.put(SingleTable.WORK_INDEX_SORT_KEY, Items.s(Items.padded(at.toEpochMilli()) + "#" + userId));
		return item;
	}

	private static void write(DynamoDbClient db, String table, List<Map<String, AttributeValue>> items) {
		for (int from = 0; from < items.size(); from += 25) {
			List<WriteRequest> batch = items.subList(from, Math.min(items.size(), from + 25))
				.stream()
				.map((item) -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
				.toList();
			Map<String, List<WriteRequest>> pending = Map.of(table, batch);
			while (!pending.isEmpty()) {
				Map<String, List<WriteRequest>> request = pending;
				pending = db.batchWriteItem((write) -> write.requestItems(request)).unprocessedItems();
			}
		}
	}

	private static String userId(int guest) {
		return String.format("U%032x", guest);
	}

}
