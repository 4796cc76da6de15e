package com.happinessscouter;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.happinessscouter.line.LineProperties;
import com.happinessscouter.scoring.rekognition.FakeRekognition;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.support.PackagedJar;
import com.happinessscouter.support.Emulators;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged jar as an operator starts it: {@code java -jar} from an empty directory,
 * given only what has no default (the channel's secret and token, table, bucket, a
 * console user) and where the emulators are, all in the environment. The defaults inside
 * the jar apply: the probes answer, a photo is scored by Rekognition (a fake one here,
 * which counts its calls), and the bot answers a Japanese guest from its message bundle.
 * The bot talks to this test app's simulated LINE API. The jar is the one {@code package}
 * builds: without {@code -Pproduction} it has no console bundle and no Vaadin dev server,
 * so Vaadin's production mode is switched on by hand (the console's pages are not what
 * this test looks at).
 */
class EmptyDirectoryStartIT extends ScouterIT {

	/** Settings the environment may carry on a developer's machine: none may leak in. */
	private static final List<String> OPERATOR_PREFIXES = List.of("APP_", "LINE_", "AWS_", "SPRING_", "SERVER_",
			"MANAGEMENT_", "PORT");

	@TempDir
	Path directory;

	@Autowired
	LineProperties channel;

	@Test
	void jarStartedFromAnEmptyDirectory_appliesTheDefaultsItShips() throws Exception {
		try (FakeRekognition rekognition = new FakeRekognition().answerEveryCall(Duration.ZERO);
				Stream<Path> files = Files.list(this.directory)) {
			assertThat(files).as("the working directory is empty").isEmpty();
			int port = Emulators.freePort();
			Process app = start(port, rekognition.endpoint());
			try {
				awaitReady(app, port);
				assertThat(status(port, "actuator/health/liveness")).isEqualTo(200);

				SimulatedGuest reader = guest("ja");
				send(callback(port), SignedWebhook
					.body(SignedWebhook.event("text", Map.of("userId", reader.userId(), "text", "使い方"))));
				assertThat(awaitBotMessages(reader.userId(), 1).getFirst().message().path("text").asText())
					.contains("遊び方");

				SimulatedGuest photographer = guest("ja");
				String messageId = photoOnLine("/photos/sample3.jpg", "image/jpeg");
				send(callback(port), SignedWebhook.body(
						SignedWebhook.event("image", Map.of("userId", photographer.userId(), "messageId", messageId))));
				assertThat(awaitBotMessages(photographer.userId(), 1).getFirst().message().path("altText").asText())
					.contains("幸せ戦闘力");
				assertThat(rekognition.calls()).as("scored by the default analyzer, rekognition").isPositive();
			}
			finally {
				stop(app);
			}
		}
	}

	private Process start(int port, URI rekognition) throws IOException {
		Path jar = PackagedJar.path();
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-XX:TieredStopAtLevel=1", "-Dvaadin.productionMode=true", "-jar", jar.toString())
			.directory(this.directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(new File("target", "empty-directory-start.log"));
		Map<String, String> environment = builder.environment();
		environment.keySet().removeIf((name) -> OPERATOR_PREFIXES.stream().anyMatch(name::startsWith));
		Emulators emulators = Emulators.shared();
		environment.putAll(Map.ofEntries(Map.entry("PORT", Integer.toString(port)),
				Map.entry("LINE_CHANNEL_SECRET", this.channel.channelSecret()),
				Map.entry("LINE_CHANNEL_TOKEN", this.channel.channelToken()),
				Map.entry("LINE_API_URL", base().toString()), Map.entry("LINE_DATA_API_URL", base().toString()),
				Map.entry("AWS_DYNAMODB_ENDPOINT", emulators.dynamodbEndpoint().toString()),
				Map.entry("AWS_S3_ENDPOINT", emulators.s3Endpoint().toString()),
				Map.entry("AWS_REKOGNITION_ENDPOINT", rekognition.toString()),
				Map.entry("APP_DYNAMODB_TABLE", "empty-directory-it"), Map.entry("APP_S3_BUCKET", "empty-directory-it"),
				Map.entry("APP_PROVISION_ON_START", "true"), Map.entry("APP_CONSOLE_USERS_0_NAME", "admin"),
				Map.entry("APP_CONSOLE_USERS_0_PASSWORD",
						"{bcrypt}$2a$10$xWLtuIb/uk0ZBq7m2RBxxeUqQdkKuLnWeeh4tOmkogt.JAdhpIL6e"),
				Map.entry("APP_CONSOLE_USERS_0_ROLE", "ADMIN"),
				// 20 warm-up rounds as in the other tests, not the 1,000 of production
				Map.entry("APP_WEBHOOK_WARM_UP_REQUESTS", "20")));
		return builder.start();
	}

	private static URI callback(int port) {
		return URI.create("http://localhost:" + port + "/callback");
	}

	private static void awaitReady(Process app, int port) {
		await().atMost(Duration.ofMinutes(3))
			.failFast("the app exited; see target/empty-directory-start.log", () -> !app.isAlive())
			.ignoreExceptions()
			.until(() -> status(port, "actuator/health/readiness") == 200);
	}

	private static int status(int port, String path) throws IOException, InterruptedException {
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path)).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
	}

	private static void stop(Process app) throws InterruptedException {
		app.destroy();
		if (!app.waitFor(30, TimeUnit.SECONDS)) {
			app.destroyForcibly().waitFor();
		}
	}

}
