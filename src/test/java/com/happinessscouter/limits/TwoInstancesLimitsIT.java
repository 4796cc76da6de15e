package com.happinessscouter.limits;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.simulator.ChatEntry;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.simulator.SimulatorLedger;
import com.happinessscouter.submission.PhotoKey;
import com.happinessscouter.submission.Submissions;
import com.happinessscouter.support.AppInstance;
import com.happinessscouter.support.Emulators;
import com.happinessscouter.support.Holds;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one table take one guest's photos through both webhooks at once:
 * exactly the guest's quota is taken in, the rest are refused kindly; the month's
 * analysis budget holds the same way across guests.
 */
class TwoInstancesLimitsIT extends ScouterIT {

	private static final int QUOTA = 3;

	private static final int SENT = 10;

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	private static URI toA;

	private static URI toB;

	@BeforeAll
	static void startBoth() {
		int portA = Emulators.freePort();
		int portB = Emulators.freePort();
		String[] settings = { "--app.limits.refresh=0s", "--app.quota.refresh=0s",
				"--app.webhook.sweep-interval=300ms" };
		a = AppInstance.start(portA, "limits-it", settings);
		b = AppInstance.start(portB, "limits-it", settings);
		toA = URI.create("http://localhost:" + portA + "/callback");
		toB = URI.create("http://localhost:" + portB + "/callback");
		Instant now = Instant.now();
		a.getBean(Events.class)
			.save(new WeddingEvent(null, "Two instances", "A & B", now.minusSeconds(60), now.plus(Duration.ofHours(1)),
					true, false, null, null), "test");
	}

	@AfterAll
	static void stopBoth() {
		b.close();
		a.close();
	}

	@Test
	void oneGuestsPhotosThroughBothInstances_takeInExactlyTheQuota() throws Exception {
		a.getBean(GuestLimits.class).change(QUOTA, 0, 0, "test");
		SimulatedGuest guest = guest("en");
		List<String> messageIds = burst(List.of(guest), SENT);

		List<ChatEntry> answers = awaitBotMessages(guest.userId(), SENT);
		Holds.throughout(Duration.ofSeconds(2),
				() -> assertThat(this.ledger.botMessages(guest.userId())).hasSize(SENT));
		assertThat(answers).filteredOn((answer) -> answer.message().path("text").asText().contains("allows 3 photos"))
			.hasSize(SENT - QUOTA);
		assertThat(stored(a, guest, messageIds)).isEqualTo(QUOTA);
		assertThat(b.getBean(GuestLimits.class).usage(guest.userId())).contains(new Usage(QUOTA, QUOTA));
	}

	@Test
	void manyGuestsThroughBothInstances_takeInExactlyTheMonthsBudget() throws Exception {
		GuestLimits limits = a.getBean(GuestLimits.class);
		long budget = limits.budget().used() + QUOTA;
		limits.change(0, 0, budget, "test");
		List<SimulatedGuest> guests = new ArrayList<>();
		for (int i = 0; i < SENT; i++) {
			guests.add(guest((i % 2 == 0) ? "ja" : "en"));
		}
		burst(guests, 1);

		for (SimulatedGuest guest : guests) {
			awaitBotMessages(guest.userId(), 1);
		}
		long busy = guests.stream()
			.map((guest) -> this.ledger.botMessages(guest.userId()).getFirst().message().path("text").asText())
			.filter((text) -> text.contains("very busy") || text.contains("混み合っています"))
			.count();
		assertThat(busy).isEqualTo(SENT - QUOTA);
		assertThat(b.getBean(GuestLimits.class).budget()).isEqualTo(new Usage(budget, budget));
		limits.change(0, 0, 0, "test");
	}

	/** Each guest sends {@code each} photos, spread over both webhooks at once. */
	private List<String> burst(List<SimulatedGuest> guests, int each) throws Exception {
		List<String> messageIds = new ArrayList<>();
		long now = System.currentTimeMillis();
		try (var burst = Executors.newVirtualThreadPerTaskExecutor()) {
			int n = 0;
			for (SimulatedGuest guest : guests) {
				for (int i = 0; i < each; i++, n++) {
					String messageId = SignedWebhook.newMessageId();
					messageIds.add(messageId);
					this.ledger.putContent(messageId, new SimulatorLedger.Content(
							PhotoCopies.onBackground(SignedWebhook.bytes("/photos/grace_hopper_512x512.jpg"), n),
							"image/jpeg"));
					String body = SignedWebhook.body(SignedWebhook.event("image",
							Map.of("userId", guest.userId(), "messageId", messageId, "timestamp", now)));
					URI to = (n % 2 == 0) ? toA : toB;
					burst.submit(() -> assertThat(send(to, body)).isEqualTo(200));
				}
			}
		}
		return messageIds;
	}

	private static long stored(ConfigurableApplicationContext instance, SimulatedGuest guest, List<String> ids) {
		Submissions submissions = instance.getBean(Submissions.class);
		return ids.stream().filter((id) -> submissions.find(new PhotoKey(guest.userId(), id)).isPresent()).count();
	}

}
