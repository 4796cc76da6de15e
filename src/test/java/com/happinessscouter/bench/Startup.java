package com.happinessscouter.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.happinessscouter.HappinessScouterApplication;
import com.happinessscouter.aws.StorageProvisioner;
import com.happinessscouter.scoring.rekognition.FakeRekognition;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.simulator.SimulatorLedger;
import com.happinessscouter.support.AppInstance;
import com.happinessscouter.support.Emulators;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.SignedWebhook;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Start-up, as a load script that prints figures (not a test): the app, extracted as the
 * container holds it ({@code startup.dir}, with {@code app.aot} made by
 * {@code docker/aot-train.sh}), is started again and again, with and without its AOT
 * cache and with and without the webhook warm-up; each time the script times JVM start to
 * readiness UP, then guests arrive at once, one request every {@code pace} ms (each adds
 * the bot, then sends a photo), and the first {@code acks} acknowledgements are timed.
 * This JVM holds dynalite and S3Mock, the simulated LINE platform and a simulated
 * Rekognition (400 ms a photo), as in {@link PhotoLoad}'s production shape. Run by
 * {@code bench/startup.sh}.
 * <p>
 * Arguments: runs of each variant (3), acks (100), pace in ms (100). System properties:
 * {@code startup.dir}, {@code startup.java-options} (the container's JVM options),
 * {@code startup.variants} (which starts, as {@code cache:100 no-cache:0 ...}; the five
 * of the table in docs/benchmarks.md by default).
 */
public final class Startup {

	private static final Duration REKOGNITION_TIME = Duration.ofMillis(400);

	private record Variant(String name, boolean cache, int warmUp, List<String> settings) {

		/**
		 * {@code cache:100} (the AOT cache, 100 warm-up rounds) or {@code no-cache:0},
		 * then any app settings, as {@code cache:100:scoring.compiler-nice=0}.
		 */
		static Variant of(String word) {
			String[] parts = word.split(":");
			boolean cache = parts[0].equals("cache");
			if (parts.length < 2 || !(cache || parts[0].equals("no-cache"))) {
				throw new IllegalArgumentException("a variant is cache:ROUNDS or no-cache:ROUNDS, not " + word);
			}
			int rounds = Integer.parseInt(parts[1]);
			List<String> settings = Arrays.stream(parts, 2, parts.length).map((setting) -> "--app." + setting).toList();
			String name = (cache ? "AOT cache" : "no cache") + ", warm-up " + rounds
					+ String.join("", Arrays.stream(parts, 2, parts.length).map((setting) -> ", " + setting).toList());
			return new Variant(name, cache, rounds, settings);
		}

	}

	/** The guests' requests after readiness: how many, and ms from one to the next. */
	private record Guests(int acks, long pace) {
	}

	private record Run(Variant variant, double readySeconds, double firstAck, double firstPhotoAck, long[] acks,
			long rssReadyMb, long rssAfterMb) {
	}

	private static final String VARIANTS = "no-cache:1000 no-cache:0 cache:1000 cache:100 cache:100:scoring.compiler-nice=0 cache:0";

	private Startup() {
	}

	public static void main(String[] args) {
		BenchMain.run(() -> benchmark(args));
	}

	private static void benchmark(String[] args) throws Exception {
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : 3;
		Guests guests = new Guests((args.length > 1) ? Integer.parseInt(args[1]) : 100,
				(args.length > 2) ? Long.parseLong(args[2]) : 100);
		Path dir = Path.of(System.getProperty("startup.dir")).toAbsolutePath();
		List<String> javaOptions = AppProcess.words("startup.java-options");
		List<Variant> variants = Arrays.stream(System.getProperty("startup.variants", VARIANTS).trim().split("\\s+"))
			.map(Variant::of)
			.toList();
		Emulators emulators = Emulators.start(Files.createTempDirectory("startup"), false);
		int linePort = Emulators.freePort();
		URI lineUrl = URI.create("http://localhost:" + linePort + "/");
		List<Run> results = new ArrayList<>();
		try (FakeRekognition rekognition = new FakeRekognition().answerEveryCall(REKOGNITION_TIME);
				ConfigurableApplicationContext line = new SpringApplicationBuilder(HappinessScouterApplication.class)
					.profiles("local")
					.run(AppInstance
						.arguments(emulators, linePort, "startup-line", lineUrl, "--logging.level.root=WARN",
								"--spring.main.banner-mode=off")
						.toArray(String[]::new))) {
			StorageProvisioner storage = new StorageProvisioner(line.getBean("dynamoDbClient", DynamoDbClient.class),
					line.getBean(S3Client.class));
			String[] settings = { "--line.channel-secret=" + line.getEnvironment().getProperty("line.channel-secret"),
					"--line.channel-token=" + line.getEnvironment().getProperty("line.channel-token"),
					"--app.analyzer=rekognition", "--aws.rekognition-endpoint=" + rekognition.endpoint(),
					"--app.console.users[0].name=admin",
					"--app.console.users[0].password="
							+ line.getEnvironment().getProperty("app.console.users[0].password"),
					"--app.console.users[0].role=ADMIN" };
			for (int r = 0; r < runs; r++) {
				for (Variant variant : variants) {
					String table = "startup-" + results.size();
					storage.provision(table, table);
					List<String> command = AppProcess.imageCommand(javaOptions, variant.cache());
					command.addAll(AppInstance.arguments(emulators, Emulators.freePort(), table, lineUrl, settings));
					command.add("--app.webhook.warm-up-requests=" + variant.warmUp());
					command.addAll(variant.settings());
					results.add(run(variant, command, dir, line, guests));
					print(results.getLast());
				}
			}
		}
		finally {
			emulators.close();
		}
		table(results, variants, guests);
	}

	private static Run run(Variant variant, List<String> command, Path dir, ConfigurableApplicationContext line,
			Guests guests) throws Exception {
		int port = Integer.parseInt(command.stream()
			.filter((arg) -> arg.startsWith("--server.port="))
			.findFirst()
			.orElseThrow()
			.substring("--server.port=".length()));
		long started = System.nanoTime();
		try (AppProcess app = AppProcess.start(command, dir, Map.of(), port, Path.of("target", "startup-app.log"))) {
			double ready = (System.nanoTime() - started) / 1e9;
			long rssReady = app.rssMb();
			long[] acks = arrive(line, URI.create("http://localhost:" + port + "/callback"), guests);
			return new Run(variant, ready, acks[0] / 1e6, acks[1] / 1e6, acks, rssReady, app.rssMb());
		}
	}

	/**
	 * Guests arrive: each adds the bot, then sends a photo, one request every
	 * {@code pace} ms. Returns each ack's time in ns, in the order sent.
	 */
	private static long[] arrive(ConfigurableApplicationContext line, URI callback, Guests guests)
			throws InterruptedException {
		int acks = guests.acks();
		long pace = guests.pace();
		SimulatorLedger ledger = line.getBean(SimulatorLedger.class);
		SignedWebhook webhook = new SignedWebhook(line.getEnvironment().getProperty("line.channel-secret"));
		byte[] photo = SignedWebhook.bytes("/simulator/samples/portrait.jpg");
		long[] times = new long[acks];
		SimulatedGuest guest = null;
		for (int i = 0; i < acks; i++) {
			String event;
			if (i % 2 == 0) {
				guest = new SimulatedGuest(SignedWebhook.newUserId(), "Startup guest " + i, "ja");
				ledger.addGuest(guest);
				event = SignedWebhook.event("follow", Map.of("userId", guest.userId()));
			}
			else {
				String messageId = SignedWebhook.newMessageId();
				ledger.putContent(messageId,
						() -> new SimulatorLedger.Content(PhotoCopies.tagged(photo, messageId), "image/jpeg"));
				ledger.issueReplyToken("startup" + messageId, guest.userId());
				event = SignedWebhook.event("image",
						Map.of("userId", guest.userId(), "messageId", messageId, "replyToken", "startup" + messageId));
			}
			byte[] body = SignedWebhook.body(event).getBytes(StandardCharsets.UTF_8);
			String signature = webhook.sign(body);
			long start = System.nanoTime();
			int status = webhook.post(callback, body, signature).statusCode();
			times[i] = System.nanoTime() - start;
			if (status != 200) {
				throw new IllegalStateException("ack " + i + " answered " + status);
			}
			Thread.sleep(Duration.ofNanos(Math.max(0, start + pace * 1_000_000 - System.nanoTime())));
		}
		return times;
	}

	private static void print(Run run) {
		long[] sorted = run.acks().clone();
		Arrays.sort(sorted);
		System.out.printf("| %-30s | %5.1f | %6.1f | %6.1f | %5.1f | %5.1f | %6.1f | %4d | %4d |%n",
				run.variant().name(), run.readySeconds(), run.firstAck(), run.firstPhotoAck(),
				WebhookLoad.percentile(sorted, 50), WebhookLoad.percentile(sorted, 99),
				WebhookLoad.percentile(sorted, 100), run.rssReadyMb(), run.rssAfterMb());
	}

	private static void table(List<Run> results, List<Variant> variants, Guests guests) {
		System.out.printf(
				"%nStart-up, %d runs of each variant; the first %d acks (a guest adds the bot, then sends"
						+ " a photo; one request every %d ms) right after readiness UP%n",
				results.size() / variants.size(), guests.acks(), guests.pace());
		System.out.println("| variant                  | ready s | 1st ack ms | 1st photo ms | p50 ms | p99 ms |"
				+ " max ms | RSS ready MB | RSS after MB |");
		System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
		for (Variant variant : variants) {
			results.stream().filter((run) -> run.variant().equals(variant)).forEach(Startup::print);
		}
	}

}
