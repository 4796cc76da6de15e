package com.happinessscouter.submission;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.happinessscouter.HappinessScouterApplication;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.simulator.SimulatorLedger;
import com.happinessscouter.support.AppInstance;
import com.happinessscouter.support.Emulators;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code kill -9} in the middle of a burst: the app runs as a separate process (on the
 * shared emulators, answering through this test app's simulated LINE), takes a batch of
 * photos, and is killed with SIGKILL as soon as the first guest is answered. A new
 * process on the same table finishes the rest: every accepted photo is answered.
 */
class KillNineIT extends ScouterIT {

	private static final int PHOTOS = 10;

	@Test
	void everyPhotoAcceptedBeforeAKillIsAnsweredAfterTheRestart() throws Exception {
		List<SimulatedGuest> guests = new ArrayList<>();
		List<String> bodies = new ArrayList<>();
		byte[] group = HappinessScouterApplication.class.getResourceAsStream("/simulator/samples/group-smiles.jpg")
			.readAllBytes();
		for (int i = 0; i < PHOTOS; i++) {
			SimulatedGuest guest = guest("en");
			String messageId = SignedWebhook.newMessageId();
			this.ledger.putContent(messageId,
					new SimulatorLedger.Content(PhotoCopies.tagged(group, messageId), "image/jpeg"));
			guests.add(guest);
			bodies.add(SignedWebhook
				.body(SignedWebhook.event("image", Map.of("userId", guest.userId(), "messageId", messageId))));
		}

		int port = Emulators.freePort();
		Process first = app(port, "kill-first.log");
		try {
			awaitUp(port);
			URI callback = URI.create("http://localhost:" + port + "/callback");
			for (String body : bodies) {
				assertThat(send(callback, body)).isEqualTo(200);
			}
			await().atMost(PATIENCE).until(() -> answered(guests) > 0);
		}
		finally {
			first.destroyForcibly().waitFor();
		}
		long beforeKill = answered(guests);
		System.out.printf("kill -9 after %d of %d photos were answered%n", beforeKill, PHOTOS);

		Process second = app(Emulators.freePort(), "kill-second.log");
		try {
			for (SimulatedGuest guest : guests) {
				awaitBotMessages(guest.userId(), 1);
			}
		}
		finally {
			second.destroy();
			second.waitFor();
		}
		assertThat(answered(guests)).isEqualTo(PHOTOS);
		long twice = guests.stream().filter((guest) -> this.ledger.botMessages(guest.userId()).size() > 1).count();
		System.out.printf("after the restart: %d of %d answered, %d answered twice%n", answered(guests), PHOTOS, twice);
	}

	private long answered(List<SimulatedGuest> guests) {
		return guests.stream().filter((guest) -> !this.ledger.botMessages(guest.userId()).isEmpty()).count();
	}

	/** The app as its own JVM on the shared emulators, one worker, short leases. */
	private static Process app(int port, String log) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
				"--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
				HappinessScouterApplication.class.getName(), "--spring.profiles.active=local"));
		command.addAll(AppInstance.arguments(Emulators.shared(), port, "kill-it", "--app.webhook.workers=1",
				"--app.webhook.lease=3s", "--app.webhook.sweep-interval=300ms"));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File("target", log)).start();
	}

	private static void awaitUp(int port) {
		try (HttpClient http = HttpClient.newHttpClient()) {
			await().atMost(Duration.ofMinutes(2))
				.ignoreExceptions()
				.until(() -> http
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/liveness"))
						.build(), HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200);
		}
	}

}
