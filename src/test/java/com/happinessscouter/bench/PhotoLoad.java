package com.happinessscouter.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.happinessscouter.HappinessScouterApplication;
import com.happinessscouter.scoring.rekognition.FakeRekognition;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.simulator.SimulatorLedger;
import com.happinessscouter.simulator.SimulatorQuota;
import com.happinessscouter.support.AppInstance;
import com.happinessscouter.support.Emulators;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.SignedWebhook;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The wedding-day burst, as a load script that prints figures (not a test):
 * {@code guests} guests each send {@code photos} photos at random moments within
 * {@code seconds} seconds to the app. The app runs as its own JVM exactly as the image
 * starts it: the production jar laid out as the image holds it, with its AOT cache, JVM
 * options and settings ({@code bench/app-image.sh}), Vaadin in production mode; this JVM
 * is the rest of the world: dynalite and S3Mock (child processes), the load generator and
 * the simulated LINE platform (a local-profile instance whose fake LINE API serves the
 * photos and records what guests receive). Every photo is different bytes, so every one
 * is analysed. Prints the webhook ack latency, the photo-to-answer time (from sending the
 * webhook to the bot's message reaching the simulated LINE), whether every photo was
 * answered exactly once (each guest's answers paired with their photos in time order),
 * and the app's RSS and CPU use. Run by {@code bench/photo-load.sh}.
 * <p>
 * The simulated LINE plan is unlimited here (a paid plan), unless
 * {@code photo-load.free-plan} is set: then the month's messages are used up and
 * {@link FreePlanLoad} runs the burst instead (each guest taps 結果を見る once).
 * <p>
 * Arguments: guests (200), photos per guest (3), seconds (60), then any app settings
 * ({@code --app.scoring.max-concurrent=1}). System properties: {@code photo-load.image}
 * (the directory holding app.jar, lib/ and app.aot), {@code photo-load.java-options} (the
 * app's JVM options), {@code photo-load.environment} (the image's settings) and
 * {@code photo-load.analyzer}: {@code offline} (the face model on the app's own cores) or
 * {@code rekognition} (the production shape: a simulated Rekognition in this JVM answers
 * each photo after 400 ms, within the app's 5 calls per second).
 */
public final class PhotoLoad {

	private static final Duration PATIENCE = Duration.ofMinutes(10);

	private static final String SCRAPE_TOKEN = "photo-load";

	private static final Duration REKOGNITION_TIME = Duration.ofMillis(400);

	static final Duration ACK_TARGET = Duration.ofMillis(50);

	private static final Duration SENDERS_READY = Duration.ofSeconds(2);

	private static final Path ACCESS_LOG = Path.of("target", "photo-load-access");

	private PhotoLoad() {
	}

	public static void main(String[] args) {
		BenchMain.run(() -> benchmark(args));
	}

	private static void benchmark(String[] args) throws Exception {
		int guests = (args.length > 0) ? Integer.parseInt(args[0]) : 200;
		int photos = (args.length > 1) ? Integer.parseInt(args[1]) : 3;
		int seconds = (args.length > 2) ? Integer.parseInt(args[2]) : 60;
		Path image = Path.of(System.getProperty("photo-load.image")).toAbsolutePath();
		List<String> javaOptions = new ArrayList<>(AppProcess.words("photo-load.java-options"));
		// the app's stops (GC and others), to set against the slowest acks
		javaOptions.add("-Xlog:safepoint:file=" + AckBreakdown.SAFEPOINTS.toAbsolutePath() + ":timemillis");
		// rekognition: the production shape, analysis in another data centre (a fake
		// Rekognition answering two faces after REKOGNITION_TIME)
		String analyzer = System.getProperty("photo-load.analyzer", "offline");
		FakeRekognition rekognition = analyzer.equals("rekognition")
				? new FakeRekognition().answerEveryCall(REKOGNITION_TIME) : null;
		Path data = Files.createTempDirectory("photo-load");
		Emulators emulators = Emulators.start(data, false);
		int linePort = Emulators.freePort();
		URI lineUrl = URI.create("http://localhost:" + linePort + "/");
		try (ConfigurableApplicationContext line = new SpringApplicationBuilder(HappinessScouterApplication.class)
			.profiles("local")
			.run(AppInstance
				.arguments(emulators, linePort, "photo-load-line", lineUrl, "--logging.level.root=WARN",
						"--spring.main.banner-mode=off")
				.toArray(String[]::new))) {
			SimulatorLedger ledger = line.getBean(SimulatorLedger.class);
			// a paid LINE plan, or with photo-load.free-plan Japan's free plan with the
			// month's 200 messages used up (issue #19)
			boolean freePlan = Boolean.getBoolean("photo-load.free-plan");
			line.getBean(SimulatorQuota.class).plan(freePlan, freePlan ? 200 : 0);
			if (freePlan) {
				line.getBean(SimulatorQuota.class).addUsage(200);
			}
			String secret = line.getEnvironment().getProperty("line.channel-secret");
			int port = Emulators.freePort();
			List<String> settings = new ArrayList<>(AppInstance.arguments(emulators, port, "photo-load", lineUrl,
					"--line.channel-secret=" + secret,
					"--line.channel-token=" + line.getEnvironment().getProperty("line.channel-token"),
					"--app.analyzer=" + analyzer, "--app.console.users[0].name=admin",
					"--app.console.users[0].password="
							+ line.getEnvironment().getProperty("app.console.users[0].password"),
					"--app.console.users[0].role=ADMIN", "--app.metrics.scrape-token=" + SCRAPE_TOKEN,
					"--app.provision-on-start=true", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
					// the ack and its put as the app timed them, in buckets fine enough
					// for a p99
					"--management.metrics.distribution.percentiles-histogram.http.server.requests=true",
					"--management.metrics.distribution.percentiles-histogram.app.aws.calls=true",
					"--management.metrics.distribution.slo.http.server.requests=" + ACK_TARGET.toMillis() + "ms",
					"--management.metrics.distribution.slo.app.aws.calls=" + ACK_TARGET.toMillis() + "ms"));
			settings.addAll(AckBreakdown.settings(ACCESS_LOG));
			if (rekognition != null) {
				settings.add("--aws.rekognition-endpoint=" + rekognition.endpoint());
			}
			settings.addAll(Arrays.asList(args).subList(Math.min(3, args.length), args.length));
			List<String> command = AppProcess.imageCommand(javaOptions,
					!System.getProperty("photo-load.aot-cache", "on").equals("off"));
			System.out.printf("starting %s in %s%n", String.join(" ", command), image);
			command.addAll(settings);
			try (AppProcess app = AppProcess.start(command, image, AppProcess.environment("photo-load.environment"),
					port, Path.of("target", "photo-load-app.log"))) {
				URI callback = URI.create("http://localhost:" + port + "/callback");
				app.nativeMemory(javaOptions, "ready");
				if (freePlan) {
					FreePlanLoad.run(ledger, secret, callback, guests, photos, seconds);
				}
				else {
					run(app, ledger, secret, callback, guests, photos, seconds);
				}
				app.nativeMemory(javaOptions, "after");
			}
		}
		finally {
			emulators.close();
			if (rekognition != null) {
				rekognition.close();
			}
		}
	}

	/** What one burst sent and when. */
	private record Burst(List<SimulatedGuest> people, Map<String, ConcurrentLinkedQueue<Instant>> sentAt,
			ConcurrentLinkedQueue<AckBreakdown.Ack> acks, AtomicLong errors, double sendSeconds, double allSeconds) {
	}

	private static void run(AppProcess app, SimulatorLedger ledger, String secret, URI callback, int guests, int photos,
			int seconds) throws InterruptedException, IOException {
		SignedWebhook webhook = new SignedWebhook(secret);
		int warmUpGuests = Integer.getInteger("photo-load.warm-up-guests", 10);
		if (warmUpGuests > 0) {
			// the app has served early guests before the "everyone post now" burst: its
			// JIT has compiled the webhook path (a cold JVM's first acks take 0.2-0.7 s)
			Burst warmUp = burst(ledger, webhook, callback, "Warm-up guest ", warmUpGuests, photos, 20);
			long[] ack = BurstReport.durations(warmUp.acks());
			String firstAcks = warmUp.acks()
				.stream()
				.sorted(Comparator.comparingLong(AckBreakdown.Ack::startNanos))
				.limit(5)
				.map((sent) -> String.format("%.0f", sent.nanos() / 1e6))
				.collect(Collectors.joining(", "));
			String firstAnswers = BurstReport.answerTimes(ledger, warmUp.people(), warmUp.sentAt())
				.stream()
				.limit(5)
				.map((sent) -> String.format("%.1f", sent.getValue().toMillis() / 1000.0))
				.collect(Collectors.joining(", "));
			System.out.printf(
					"warm-up (not counted): %d photos from %d guests within 20 s, all answered after %.1f s;"
							+ " ack p50=%.1f max=%.1f ms, the first five sent %s ms, answered after %s s%n",
					ack.length, warmUpGuests, warmUp.allSeconds(), WebhookLoad.percentile(ack, 50),
					WebhookLoad.percentile(ack, 100), firstAcks, firstAnswers);
		}
		long rssBefore = app.rssMb();
		System.out.printf("app RSS %d MB when ready, %d MB now; sending %d photos from %d guests within %d s%n",
				app.readyRssMb(), rssBefore, guests * photos, guests, seconds);
		double cpuBefore = app.cpuSeconds();
		Map<String, Double> cpuByProcess = app.cpuByProcess();
		URI prometheus = callback.resolve("/actuator/prometheus");
		String before = AppMetrics.scrape(prometheus, SCRAPE_TOKEN);
		Burst burst = burst(ledger, webhook, callback, "Load guest ", guests, photos, seconds);
		double allSeconds = burst.allSeconds();
		BurstReport.report(ledger, burst.people(), photos, burst.sentAt(), burst.acks(), burst.errors(),
				burst.sendSeconds(), allSeconds);
		AckBreakdown.print(ACCESS_LOG, burst.acks());
		String metrics = AppMetrics.scrape(prometheus, SCRAPE_TOKEN);
		Files.writeString(Path.of("target", "photo-load-metrics.txt"), metrics);
		AppMetrics.timedByTheApp("ack inside the app (its http.server.requests timer", before, metrics,
				"http_server_requests_seconds", "uri=\"/callback\"");
		AppMetrics.timedByTheApp("the ack's table put (app.aws.calls through the webhook's connections", before,
				metrics, "app_aws_calls_seconds", "connections=\"webhook\"");
		AppMetrics.awsCalls(metrics, (long) (guests + warmUpGuests) * photos);
		System.out.println("CPU seconds during the run: " + app.cpuByProcess()
			.entrySet()
			.stream()
			.map((entry) -> String.format("%s %.0f", entry.getKey(),
					entry.getValue() - cpuByProcess.getOrDefault(entry.getKey(), 0.0)))
			.collect(Collectors.joining(", ")));
		System.out.printf(
				"app RSS when ready %d MB, before the burst %d MB, now %d MB, peak %d MB; app CPU %.0f s over %.0f s"
						+ " (%.2f cores)%n",
				app.readyRssMb(), rssBefore, app.rssMb(), app.peakRssMb(), app.cpuSeconds() - cpuBefore, allSeconds,
				(app.cpuSeconds() - cpuBefore) / allSeconds);
	}

	/** {@code guests} guests send {@code photos} photos each within {@code seconds}. */
	private static Burst burst(SimulatorLedger ledger, SignedWebhook webhook, URI callback, String name, int guests,
			int photos, int seconds) throws InterruptedException {
		List<byte[]> samples = List.of(SignedWebhook.bytes("/simulator/samples/group-smiles.jpg"),
				SignedWebhook.bytes("/simulator/samples/portrait.jpg"), SignedWebhook.bytes("/photos/sample3.jpg"));
		List<SimulatedGuest> people = new ArrayList<>();
		for (int g = 0; g < guests; g++) {
			SimulatedGuest guest = new SimulatedGuest(SignedWebhook.newUserId(), name + g, "ja");
			ledger.addGuest(guest);
			people.add(guest);
		}
		Burst burst = new Burst(people, new ConcurrentHashMap<>(), new ConcurrentLinkedQueue<>(), new AtomicLong(), 0,
				0);
		// the clock starts once every sender thread is made: making hundreds of threads
		// takes this JVM's CPU, which must not land on the first acks
		long started = System.nanoTime() + SENDERS_READY.toNanos();
		// platform threads: a virtual thread's wake-up after the answer waits for a
		// carrier this JVM's simulated LINE may be using, which would count as ack time
		try (var pool = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().daemon().factory())) {
			for (SimulatedGuest guest : people) {
				for (int p = 0; p < photos; p++) {
					long at = started
							+ TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextLong(seconds * 1000L));
					byte[] photo = samples.get(p % samples.size());
					pool.submit(() -> send(webhook, callback, ledger, guest, photo, at, burst.sentAt(), burst.acks(),
							burst.errors()));
				}
			}
		}
		double sendSeconds = (System.nanoTime() - started) / 1e9;
		Instant deadline = Instant.now().plus(PATIENCE);
		while (BurstReport.answered(ledger, people) < (long) guests * photos && Instant.now().isBefore(deadline)) {
			Thread.sleep(500);
		}
		return new Burst(people, burst.sentAt(), burst.acks(), burst.errors(), sendSeconds,
				(System.nanoTime() - started) / 1e9);
	}

	private static void send(SignedWebhook webhook, URI callback, SimulatorLedger ledger, SimulatedGuest guest,
			byte[] photo, long atNanos, Map<String, ConcurrentLinkedQueue<Instant>> sentAt,
			ConcurrentLinkedQueue<AckBreakdown.Ack> acks, AtomicLong errors) {
		try {
			Thread.sleep(Duration.ofNanos(Math.max(0, atNanos - System.nanoTime())));
			String messageId = SignedWebhook.newMessageId();
			String replyToken = "load" + messageId;
			ledger.putContent(messageId,
					() -> new SimulatorLedger.Content(PhotoCopies.tagged(photo, messageId), "image/jpeg"));
			ledger.issueReplyToken(replyToken, guest.userId());
			String body = SignedWebhook.body(SignedWebhook.event("image",
					Map.of("userId", guest.userId(), "messageId", messageId, "replyToken", replyToken)));
			sentAt.computeIfAbsent(guest.userId(), (id) -> new ConcurrentLinkedQueue<>()).add(Instant.now());
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			String signature = webhook.sign(bytes);
			Instant sent = Instant.now();
			long start = System.nanoTime();
			int status = webhook.post(callback, bytes, signature).statusCode();
			acks.add(new AckBreakdown.Ack(start, System.nanoTime() - start,
					ChronoUnit.MICROS.between(Instant.EPOCH, sent), signature));
			if (status != 200) {
				errors.incrementAndGet();
			}
		}
		catch (Exception ex) {
			errors.incrementAndGet();
		}
	}

}
