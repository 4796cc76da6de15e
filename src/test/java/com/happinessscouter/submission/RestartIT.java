package com.happinessscouter.submission;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.happinessscouter.simulator.ChatEntry;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.support.AppInstance;
import com.happinessscouter.support.Emulators;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nothing accepted is lost: instance A acknowledges a batch of photos and stops before it
 * has worked them off; instance B, started on the same table and bucket, finds the
 * waiting work through the inbox index and answers every guest once. Both talk to the
 * shared test app's simulated LINE API, which records what the guests receive.
 */
class RestartIT extends ScouterIT {

	private static final int PHOTOS = 6;

	@Test
	void workAcceptedByAStoppedInstanceIsFinishedByTheNextOne() {
		List<SimulatedGuest> guests = new ArrayList<>();
		List<String> events = new ArrayList<>();
		List<String> photos = new ArrayList<>();
		for (int i = 0; i < PHOTOS; i++) {
			SimulatedGuest guest = guest((i % 2 == 0) ? "ja" : "en");
			String messageId = photoOnLine("/photos/sample3.jpg", "image/jpeg");
			guests.add(guest);
			photos.add(messageId);
			events.add(SignedWebhook.event("image", Map.of("userId", guest.userId(), "messageId", messageId)));
		}
		String body = SignedWebhook.body(events);
		List<PhotoKey> keys = new ArrayList<>();
		for (int i = 0; i < PHOTOS; i++) {
			keys.add(new PhotoKey(guests.get(i).userId(), photos.get(i)));
		}

		int portA = Emulators.freePort();
		try (ConfigurableApplicationContext a = instance(portA, "1h")) {
			assertThat(send(URI.create("http://localhost:" + portA + "/callback"), body)).isEqualTo(200);
		}
		long answeredByA = guests.stream().filter((g) -> !this.ledger.botMessages(g.userId()).isEmpty()).count();
		assertThat(answeredByA).as("instance A must stop with work left over").isLessThan(PHOTOS);

		try (ConfigurableApplicationContext b = instance(Emulators.freePort(), "300ms")) {
			Submissions submissions = b.getBean(Submissions.class);
			for (int i = 0; i < PHOTOS; i++) {
				List<ChatEntry> messages = awaitBotMessages(guests.get(i).userId(), 1);
				assertThat(messages).hasSize(1);
				assertThat(messages.getFirst().message().path("type").asText()).isEqualTo("flex");
				PhotoKey key = keys.get(i);
				// the answer is marked right after it leaves: wait for the record to say
				// so
				Photo photo = await().atMost(PATIENCE)
					.until(() -> submissions.find(key).orElseThrow(), Photo::answered);
				assertThat(photo.status()).isEqualTo(PhotoStatus.SCORED);
			}
		}
	}

	private static ConfigurableApplicationContext instance(int port, String sweepInterval) {
		return AppInstance.start(port, "restart-it", "--app.webhook.workers=1", "--app.webhook.capacity=1",
				"--app.webhook.lease=2s", "--app.webhook.sweep-interval=" + sweepInterval);
	}

}
