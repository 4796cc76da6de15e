package com.happinessscouter.bench;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.happinessscouter.HappinessScouterApplication;
import com.happinessscouter.images.TestImages;
import com.happinessscouter.simulator.ChatEntry;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.simulator.SimulatorLedger;
import com.happinessscouter.support.AppInstance;
import com.happinessscouter.support.Emulators;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.SignedWebhook;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The decompression-bomb run, as a load script that prints figures (not a test): the app
 * runs as its own JVM from the production jar in the container's shape (1 GB), with the
 * offline model; while normal photos keep coming (one a second), {@code bombs} hostile
 * photos of every kind arrive at once: progressive and baseline JPEGs, PNGs, JPEGs with
 * huge APP segments and PNGs with huge text chunks, each declaring tens of thousands of
 * pixels a side. Prints the app's RSS peak, how every bomb and every normal photo was
 * answered, and whether the app process is still the one that started. Run by
 * {@code bench/bomb-load.sh}.
 */
public final class BombLoad {

	private static final Duration PATIENCE = Duration.ofMinutes(3);

	private BombLoad() {
	}

	public static void main(String[] args) {
		BenchMain.run(() -> benchmark(args));
	}

	private static void benchmark(String[] args) throws Exception {
		int bombs = (args.length > 0) ? Integer.parseInt(args[0]) : 20;
		int normal = (args.length > 1) ? Integer.parseInt(args[1]) : 20;
		Path jar = Path.of(System.getProperty("bomb-load.jar"));
		List<String> javaOptions = AppProcess.words("bomb-load.java-options");
		Emulators emulators = Emulators.start(Files.createTempDirectory("bomb-load"), false);
		int linePort = Emulators.freePort();
		URI lineUrl = URI.create("http://localhost:" + linePort + "/");
		try (ConfigurableApplicationContext line = new SpringApplicationBuilder(HappinessScouterApplication.class)
			.profiles("local")
			.run(AppInstance
				.arguments(emulators, linePort, "bomb-load-line", lineUrl, "--logging.level.root=WARN",
						"--spring.main.banner-mode=off")
				.toArray(String[]::new))) {
			SimulatorLedger ledger = line.getBean(SimulatorLedger.class);
			String secret = line.getEnvironment().getProperty("line.channel-secret");
			int port = Emulators.freePort();
			List<String> settings = AppInstance.arguments(emulators, port, "bomb-load", lineUrl,
					"--line.channel-secret=" + secret,
					"--line.channel-token=" + line.getEnvironment().getProperty("line.channel-token"),
					"--app.analyzer=offline", "--app.console.users[0].name=admin",
					"--app.console.users[0].password="
							+ line.getEnvironment().getProperty("app.console.users[0].password"),
					"--app.console.users[0].role=ADMIN", "--app.provision-on-start=true", "--logging.level.root=WARN",
					"--spring.main.banner-mode=off");
			try (AppProcess app = AppProcess.start(jar, javaOptions, settings, port,
					Path.of("target", "bomb-load-app.log"))) {
				run(app, ledger, new SignedWebhook(secret), URI.create("http://localhost:" + port + "/callback"), bombs,
						normal);
			}
		}
		finally {
			emulators.close();
		}
	}

	private static void run(AppProcess app, SimulatorLedger ledger, SignedWebhook webhook, URI callback, int bombs,
			int normal) throws Exception {
		long pid = app.pid();
		long rssBefore = app.rssMb();
		Map<SimulatedGuest, String> bombGuests = new LinkedHashMap<>();
		List<SimulatedGuest> normalGuests = new ArrayList<>();
		AtomicLong errors = new AtomicLong();
		List<Map.Entry<String, byte[]>> kinds = kinds();
		byte[] portrait = SignedWebhook.bytes("/simulator/samples/portrait.jpg");
		Instant started = Instant.now();
		try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
			pool.submit(() -> {
				for (int i = 0; i < normal; i++) {
					SimulatedGuest guest = guest(ledger, "Guest " + i);
					normalGuests.add(guest);
					send(webhook, callback, ledger, guest, PhotoCopies.tagged(portrait, "n" + i), errors);
					Thread.sleep(1000);
				}
				return null;
			});
			Thread.sleep(3000);
			for (int i = 0; i < bombs; i++) {
				Map.Entry<String, byte[]> kind = kinds.get(i % kinds.size());
				SimulatedGuest guest = guest(ledger, "Stranger " + i);
				bombGuests.put(guest, kind.getKey());
				pool.submit(() -> send(webhook, callback, ledger, guest, kind.getValue(), errors));
			}
		}
		Instant deadline = Instant.now().plus(PATIENCE);
		while (Instant.now().isBefore(deadline)
				&& (answered(ledger, bombGuests.keySet()) < bombs || answered(ledger, normalGuests) < normal)) {
			Thread.sleep(250);
		}
		double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
		long kind = bombGuests.keySet()
			.stream()
			.filter((guest) -> ledger.botMessages(guest.userId()).stream().anyMatch(BombLoad::kindReply))
			.count();
		long scored = normalGuests.stream()
			.filter((guest) -> ledger.botMessages(guest.userId()).stream().anyMatch(BombLoad::scoreReply))
			.count();
		System.out.printf("bombs sent %d at once (%s), normal photos %d at one a second, webhook errors %d%n", bombs,
				String.join(", ", kinds.stream().map(Map.Entry::getKey).toList()), normal, errors.get());
		System.out.printf("bombs answered kindly: %d of %d (each exactly once: %s)%n", kind, bombs,
				onceEach(ledger, bombGuests.keySet()));
		System.out.printf("normal photos answered with a score: %d of %d; all answered after %.1f s%n", scored, normal,
				seconds);
		System.out.printf("app RSS before %d MB, peak %d MB (container shape: 1024 MB); restarts: %d%n", rssBefore,
				app.peakRssMb(), (app.alive() && app.pid() == pid) ? 0 : 1);
	}

	/**
	 * Every kind of bomb: small files declaring huge images, or carrying huge segments.
	 */
	private static List<Map.Entry<String, byte[]>> kinds() {
		BufferedImage small = new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR);
		small.getGraphics().fillOval(8, 8, 30, 30);
		byte[] baseline = TestImages.withFrameSize(TestImages.encodedJpeg(small, false), 65_500, 65_500);
		return List.of(Map.entry("progressive JPEG 65500x65500", TestImages.progressiveBomb(65_500, 65_500)),
				Map.entry("baseline JPEG 65500x65500", baseline),
				Map.entry("JPEG with 4 MB of APP1", TestImages.withSegments(baseline, 0xE1, 64, 65_000)),
				Map.entry("JPEG with 4 MB of ICC (APP2)", TestImages.withSegments(baseline, 0xE2, 64, 65_000)),
				Map.entry("PNG 100000x100000", TestImages.png(100_000, 100_000)),
				Map.entry("PNG with a 4 MB text chunk",
						TestImages.withChunk(TestImages.png(60_000, 60_000), "tEXt", new byte[4_000_000])),
				Map.entry("PNG with a 4 MB ICC chunk",
						TestImages.withChunk(TestImages.png(60_000, 60_000), "iCCP", new byte[4_000_000])));
	}

	private static SimulatedGuest guest(SimulatorLedger ledger, String name) {
		SimulatedGuest guest = new SimulatedGuest(SignedWebhook.newUserId(), name, "en");
		ledger.addGuest(guest);
		return guest;
	}

	private static Void send(SignedWebhook webhook, URI callback, SimulatorLedger ledger, SimulatedGuest guest,
			byte[] photo, AtomicLong errors) {
		try {
			String messageId = SignedWebhook.newMessageId();
			String replyToken = "bomb" + messageId;
			ledger.putContent(messageId, new SimulatorLedger.Content(photo, "image/jpeg"));
			ledger.issueReplyToken(replyToken, guest.userId());
			byte[] body = SignedWebhook
				.body(SignedWebhook.event("image",
						Map.of("userId", guest.userId(), "messageId", messageId, "replyToken", replyToken)))
				.getBytes(StandardCharsets.UTF_8);
			if (webhook.post(callback, body, webhook.sign(body)).statusCode() != 200) {
				errors.incrementAndGet();
			}
		}
		catch (Exception ex) {
			errors.incrementAndGet();
		}
		return null;
	}

	private static long answered(SimulatorLedger ledger, Iterable<SimulatedGuest> guests) {
		long count = 0;
		for (SimulatedGuest guest : guests) {
			count += ledger.botMessages(guest.userId()).isEmpty() ? 0 : 1;
		}
		return count;
	}

	private static boolean onceEach(SimulatorLedger ledger, Iterable<SimulatedGuest> guests) {
		for (SimulatedGuest guest : guests) {
			if (ledger.botMessages(guest.userId()).size() != 1) {
				return false;
			}
		}
		return true;
	}

	private static boolean kindReply(ChatEntry entry) {
		String text = entry.message().path("text").asText();
		return text.contains("too large") || text.contains("JPEG or PNG") || text.contains("Sorry");
	}

	private static boolean scoreReply(ChatEntry entry) {
		return "flex".equals(entry.message().path("type").asText());
	}

}
