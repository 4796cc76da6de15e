package com.happinessscouter.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.happinessscouter.HappinessScouterApplication;
import com.happinessscouter.simulator.ChatEntry;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.quota.internal.QuotaPoller;
import com.happinessscouter.simulator.SimulatorLedger;
import com.happinessscouter.simulator.SimulatorQuota;
import com.happinessscouter.support.Emulators;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.SignedWebhook;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The wedding-day burst, as a load script that prints figures (not a test):
 * {@code guests} guests each send {@code photos} photos at random moments within
 * {@code seconds} seconds to the local stack (the app with the offline face model and
 * simulated LINE, dynalite and S3Mock as child processes). Every photo is different
 * bytes, so every one is analysed. Prints the webhook ack latency, the photo-to-answer
 * time (from sending the webhook to the bot's message reaching the simulated LINE),
 * whether every photo was answered exactly once (each guest's answers paired with their
 * photos in time order), and this JVM's RSS (the app plus the small load generator). Run
 * by {@code bench/photo-load.sh}.
 * <p>
 * The simulated LINE plan is unlimited here (a paid plan): answers that miss the reply
 * token's minute are pushed instead of held at the free plan's quota.
 * <p>
 * Arguments: guests (200), photos per guest (3), seconds (60), then any app settings
 * ({@code --app.scoring.max-concurrent=1}).
 */
public final class PhotoLoad {

	private static final Duration PATIENCE = Duration.ofMinutes(10);

	private PhotoLoad() {
	}

	public static void main(String[] args) throws Exception {
		int guests = (args.length > 0) ? Integer.parseInt(args[0]) : 200;
		int photos = (args.length > 1) ? Integer.parseInt(args[1]) : 3;
		int seconds = (args.length > 2) ? Integer.parseInt(args[2]) : 60;
		Path data = Files.createTempDirectory("photo-load");
		Emulators emulators = Emulators.start(data, false);
		int port = Emulators.freePort();
		List<String> settings = new ArrayList<>(
				List.of("--server.port=" + port, "--aws.dynamodb-endpoint=" + emulators.dynamodbEndpoint(),
						"--aws.s3-endpoint=" + emulators.s3Endpoint(), "--app.dynamodb.table=photo-load",
						"--app.s3.bucket=photo-load", "--app.events.seed-demo=false", "--logging.level.root=WARN",
						"--spring.main.banner-mode=off"));
		settings.addAll(Arrays.asList(args).subList(Math.min(3, args.length), args.length));
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HappinessScouterApplication.class)
			.profiles("local")
			.run(settings.toArray(String[]::new))) {
			SimulatorLedger ledger = app.getBean(SimulatorLedger.class);
			// a paid LINE plan: answers that miss the reply token's minute are pushed,
			// not held
			app.getBean(SimulatorQuota.class).plan(false, 0);
			app.getBean(QuotaPoller.class).poll();
			String secret = app.getEnvironment().getProperty("line.channel-secret");
			URI callback = URI.create("http://localhost:" + port + "/callback");
			List<byte[]> samples = List.of(resource("/simulator/samples/group-smiles.jpg"),
					resource("/simulator/samples/portrait.jpg"), resource("/photos/sample3.jpg"));
			List<SimulatedGuest> people = new ArrayList<>();
			for (int g = 0; g < guests; g++) {
				SimulatedGuest guest = new SimulatedGuest(SignedWebhook.newUserId(), "Load guest " + g, "ja");
				ledger.addGuest(guest);
				people.add(guest);
			}
			System.out.printf("app up; RSS %s; sending %d photos from %d guests within %d s%n", rss("VmRSS"),
					guests * photos, guests, seconds);
			Map<String, ConcurrentLinkedQueue<Instant>> sentAt = new ConcurrentHashMap<>();
			ConcurrentLinkedQueue<Long> acks = new ConcurrentLinkedQueue<>();
			AtomicLong errors = new AtomicLong();
			SignedWebhook webhook = new SignedWebhook(secret);
			long started = System.nanoTime();
			try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
				for (SimulatedGuest guest : people) {
					for (int p = 0; p < photos; p++) {
						long at = ThreadLocalRandom.current().nextLong(seconds * 1000L);
						byte[] photo = samples.get(p % samples.size());
						pool.submit(() -> send(webhook, callback, ledger, guest, photo, at, sentAt, acks, errors));
					}
				}
			}
			double sendSeconds = (System.nanoTime() - started) / 1e9;
			Instant deadline = Instant.now().plus(PATIENCE);
			while (answered(ledger, people) < guests * photos && Instant.now().isBefore(deadline)) {
				Thread.sleep(500);
			}
			double allSeconds = (System.nanoTime() - started) / 1e9;
			report(ledger, people, photos, sentAt, acks, errors, sendSeconds, allSeconds);
		}
		finally {
			emulators.close();
		}
	}

	private static void send(SignedWebhook webhook, URI callback, SimulatorLedger ledger, SimulatedGuest guest,
			byte[] photo, long delayMillis, Map<String, ConcurrentLinkedQueue<Instant>> sentAt,
			ConcurrentLinkedQueue<Long> acks, AtomicLong errors) {
		try {
			Thread.sleep(delayMillis);
			String messageId = SignedWebhook.newMessageId();
			String replyToken = "load" + messageId;
			ledger.putContent(messageId,
					() -> new SimulatorLedger.Content(PhotoCopies.tagged(photo, messageId), "image/jpeg"));
			ledger.issueReplyToken(replyToken, guest.userId());
			String body = SignedWebhook.body(SignedWebhook.event("image",
					Map.of("userId", guest.userId(), "messageId", messageId, "replyToken", replyToken)));
			sentAt.computeIfAbsent(guest.userId(), (id) -> new ConcurrentLinkedQueue<>()).add(Instant.now());
			long start = System.nanoTime();
			int status = webhook.post(callback, body);
			acks.add(System.nanoTime() - start);
			if (status != 200) {
				errors.incrementAndGet();
			}
		}
		catch (Exception ex) {
			errors.incrementAndGet();
		}
	}

	private static long answered(SimulatorLedger ledger, List<SimulatedGuest> people) {
		return people.stream().mapToLong((guest) -> ledger.botMessages(guest.userId()).size()).sum();
	}

	private static void report(SimulatorLedger ledger, List<SimulatedGuest> people, int photos,
			Map<String, ConcurrentLinkedQueue<Instant>> sentAt, ConcurrentLinkedQueue<Long> acks, AtomicLong errors,
			double sendSeconds, double allSeconds) {
		long[] ack = acks.stream().mapToLong(Long::longValue).sorted().toArray();
		List<Long> toAnswer = new ArrayList<>();
		long exactlyRight = 0;
		for (SimulatedGuest guest : people) {
			List<ChatEntry> answers = ledger.botMessages(guest.userId());
			List<Instant> sent = sentAt.getOrDefault(guest.userId(), new ConcurrentLinkedQueue<>())
				.stream()
				.sorted()
				.toList();
			if (answers.size() == photos) {
				exactlyRight++;
			}
			List<Instant> answeredAt = answers.stream().map(ChatEntry::at).sorted().toList();
			for (int i = 0; i < Math.min(sent.size(), answeredAt.size()); i++) {
				toAnswer.add(Duration.between(sent.get(i), answeredAt.get(i)).toMillis());
			}
		}
		long[] answer = toAnswer.stream().mapToLong((millis) -> millis * 1_000_000).sorted().toArray();
		long total = answered(ledger, people);
		System.out.printf(
				"photos sent %d in %.1f s (webhook errors %d); answered %d of %d; guests answered exactly"
						+ " once per photo: %d of %d; all answered after %.1f s%n",
				sentAt.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum(), sendSeconds, errors.get(), total,
				people.size() * photos, exactlyRight, people.size(), allSeconds);
		System.out.printf("ack latency ms: p50=%.1f p99=%.1f max=%.1f%n", WebhookLoad.percentile(ack, 50),
				WebhookLoad.percentile(ack, 99), WebhookLoad.percentile(ack, 100));
		System.out.printf("photo-to-answer s: p50=%.1f p99=%.1f max=%.1f%n", WebhookLoad.percentile(answer, 50) / 1000,
				WebhookLoad.percentile(answer, 99) / 1000, WebhookLoad.percentile(answer, 100) / 1000);
		System.out.printf("RSS now %s, peak %s (this JVM: the app and the load generator)%n", rss("VmRSS"),
				rss("VmHWM"));
	}

	private static String rss(String field) {
		try {
			return Files.readAllLines(Path.of("/proc/self/status"))
				.stream()
				.filter((line) -> line.startsWith(field + ":"))
				.map((line) -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB")
				.findFirst()
				.orElse("?");
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private static byte[] resource(String name) {
		try (InputStream in = PhotoLoad.class.getResourceAsStream(name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
