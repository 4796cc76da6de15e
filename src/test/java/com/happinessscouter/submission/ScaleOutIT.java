package com.happinessscouter.submission;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.leaderboard.Leaderboard;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.simulator.SimulatorLedger;
import com.happinessscouter.guests.Guests;
import com.happinessscouter.support.AppInstance;
import com.happinessscouter.support.Emulators;
import com.happinessscouter.support.Holds;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one table take a burst together: events are spread across both, some
 * are delivered to both (as LINE redelivers after a timeout). Every photo is answered
 * exactly once, and the counts and the leaderboard agree with what was sent.
 */
class ScaleOutIT extends ScouterIT {

	private static final int GUESTS = 16;

	@Test
	void twoInstancesAnswerEveryPhotoExactlyOnce() throws Exception {
		int portA = Emulators.freePort();
		int portB = Emulators.freePort();
		try (ConfigurableApplicationContext a = AppInstance.start(portA, "scale-out-it",
				"--app.webhook.sweep-interval=300ms");
				ConfigurableApplicationContext b = AppInstance.start(portB, "scale-out-it",
						"--app.webhook.sweep-interval=300ms")) {
			Instant now = Instant.now();
			WeddingEvent event = a.getBean(Events.class)
				.save(new WeddingEvent(null, "Scale out", "A & B", now.minusSeconds(60), now.plus(Duration.ofHours(1)),
						true, false, null, null), "test");
			List<SimulatedGuest> guests = new ArrayList<>();
			List<String> bodies = new ArrayList<>();
			for (int i = 0; i < GUESTS; i++) {
				SimulatedGuest guest = guest((i % 2 == 0) ? "ja" : "en");
				String messageId = SignedWebhook.newMessageId();
				this.ledger.putContent(messageId,
						new SimulatorLedger.Content(
								PhotoCopies.onBackground(SignedWebhook.bytes("/photos/grace_hopper_512x512.jpg"), i),
								"image/jpeg"));
				guests.add(guest);
				bodies.add(SignedWebhook.body(SignedWebhook.event("image",
						Map.of("userId", guest.userId(), "messageId", messageId, "timestamp", now.toEpochMilli()))));
			}
			URI toA = URI.create("http://localhost:" + portA + "/callback");
			URI toB = URI.create("http://localhost:" + portB + "/callback");
			try (var burst = Executors.newVirtualThreadPerTaskExecutor()) {
				for (int i = 0; i < GUESTS; i++) {
					String body = bodies.get(i);
					boolean toBoth = i % 4 == 0;
					URI first = (i % 2 == 0) ? toA : toB;
					burst.submit(() -> {
						assertThat(send(first, body)).isEqualTo(200);
						if (toBoth) {
							assertThat(send((first == toA) ? toB : toA, body)).isEqualTo(200);
						}
					});
				}
			}

			for (SimulatedGuest guest : guests) {
				awaitBotMessages(guest.userId(), 1);
			}
			Guests stats = a.getBean(Guests.class);
			Leaderboard leaderboard = b.getBean(Leaderboard.class);
			await().atMost(PATIENCE).until(() -> stats.totals().photos() == GUESTS);
			await().atMost(PATIENCE).until(() -> leaderboard.top(event.id(), 50).size() == GUESTS);
			// anything answered twice would arrive within this window
			Holds.throughout(Duration.ofSeconds(2), () -> {
				for (SimulatedGuest guest : guests) {
					assertThat(this.ledger.botMessages(guest.userId())).as("answered exactly once").hasSize(1);
				}
			});
			assertThat(stats.totals().guests()).isEqualTo(GUESTS);
			assertThat(leaderboard.top(event.id(), 50)).extracting((standing) -> standing.userId())
				.containsExactlyInAnyOrderElementsOf(guests.stream().map(SimulatedGuest::userId).toList());
		}
	}

}
