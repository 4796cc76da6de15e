package com.happinessscouter.webhook;

import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.simulator.SimulatorLedger;
import com.happinessscouter.support.AppInstance;
import com.happinessscouter.support.Emulators;
import com.happinessscouter.support.Holds;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A dependency goes down in the middle of the party. S3 down: the webhook keeps taking
 * photos (200), health names {@code photoBucket}, and once S3 is back every photo is
 * answered by itself, once. DynamoDB down: the webhook answers 503 at once (nothing can
 * be recorded, so LINE redelivers), health names {@code dynamoDb}; LINE's redelivery
 * after it is back is answered once. The app runs on its own emulators, which the test
 * stops and starts.
 */
class OutageIT extends ScouterIT {

	private static final Duration OUTAGE = Duration.ofSeconds(30);

	@Test
	void photosWaitOutAStoreOutageAndAreAnsweredOnce() throws Exception {
		int port = Emulators.freePort();
		URI callback = URI.create("http://localhost:" + port + "/callback");
		try (Emulators own = Emulators.start(Files.createTempDirectory("outage-it"), true);
				ConfigurableApplicationContext app = AppInstance.start(own, port, "outage-it",
						"--app.webhook.sweep-interval=300ms", "--aws.health-cache=0s",
						// the outage outlasts a real token (the result would wait for the
						// guest's
						// next message, DeliveryIT's subject): here the token stays
						// usable, so the
						// answer after the outage is the photo's own
						"--app.reply.reply-token-max-age=10m")) {
			own.stopS3();
			List<SimulatedGuest> guests = List.of(guest("ja"), guest("en"));
			for (SimulatedGuest guest : guests) {
				assertThat(send(callback, photoEvent(guest))).as("accepted while S3 is down").isEqualTo(200);
			}
			await().atMost(PATIENCE).until(() -> component(app, "photoBucket"), "DOWN"::equals);
			assertThat(component(app, "dynamoDb")).isEqualTo("UP");
			Holds.throughout(OUTAGE, () -> assertThat(guests)
				.allSatisfy((guest) -> assertThat(this.ledger.botMessages(guest.userId())).isEmpty()));

			own.startS3Again();
			for (SimulatedGuest guest : guests) {
				awaitBotMessages(guest.userId(), 1);
			}
			await().atMost(PATIENCE).until(() -> component(app, "photoBucket"), "UP"::equals);

			own.stopDynamodb();
			SimulatedGuest late = guest("en");
			String body = photoEvent(late);
			assertThat(send(callback, body)).as("nothing can be recorded: LINE redelivers").isEqualTo(503);
			assertThat(component(app, "dynamoDb")).isEqualTo("DOWN");
			Holds.throughout(OUTAGE, () -> assertThat(this.ledger.botMessages(late.userId())).isEmpty());
			own.startDynamodbAgain();
			await().atMost(PATIENCE).until(() -> send(callback, body), (status) -> status == 200);
			awaitBotMessages(late.userId(), 1);

			// a second answer would arrive within this window
			Holds.throughout(Duration.ofSeconds(2), () -> {
				for (SimulatedGuest guest : List.of(guests.get(0), guests.get(1), late)) {
					assertThat(this.ledger.botMessages(guest.userId())).as("answered exactly once").hasSize(1);
				}
			});
		}
	}

	private String photoEvent(SimulatedGuest guest) {
		String messageId = SignedWebhook.newMessageId();
		this.ledger.putContent(messageId, new SimulatorLedger.Content(
				PhotoCopies.unique(SignedWebhook.bytes("/photos/grace_hopper_512x512.jpg")), "image/jpeg"));
		return SignedWebhook
			.body(SignedWebhook.event("image", Map.of("userId", guest.userId(), "messageId", messageId)));
	}

	/** A dependency's state as the admins' status page shows it (uncached here). */
	private static String component(ConfigurableApplicationContext app, String name) {
		return app.getBean(name + "HealthIndicator", HealthIndicator.class).health().getStatus().getCode();
	}

}
