package com.happinessscouter.limits;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.simulator.ChatEntry;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.simulator.SimulatorLedger;
import com.happinessscouter.support.Holds;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import com.happinessscouter.support.TestEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guest limits through the real webhook, on the emulated table: a photo over a limit
 * gets a kind free reply saying what is left, and nothing of it is stored.
 */
class LimitsIT extends ScouterIT {

	@Autowired
	GuestLimits limits;

	@Autowired
	Events events;

	private WeddingEvent event;

	@BeforeEach
	void openEvent() {
		this.event = TestEvents.open(this.events, "Limits", false);
	}

	@AfterEach
	void restore() {
		this.limits.change(0, 0, 0, "test");
		TestEvents.close(this.events, this.event);
	}

	@Test
	void guestOverTheEventQuota_getsAKindReply_andNothingIsStored() {
		this.limits.change(2, 0, 0, "admin");
		SimulatedGuest guest = guest("en");

		sendAndAwaitAnswer(guest, Instant.now(), 1);
		sendAndAwaitAnswer(guest, Instant.now(), 2);
		String third = sendAndAwaitAnswer(guest, Instant.now(), 3);

		ChatEntry refusal = this.ledger.botMessages(guest.userId()).getLast();
		assertThat(refusal.via()).isEqualTo("reply");
		assertThat(refusal.message().path("text").asText()).contains("allows 2 photos per guest")
			.contains("sent them all");
		assertThat(photo(guest.userId(), third)).isEmpty();
		assertThat(this.limits.usage(guest.userId())).contains(new Usage(2, 2));
		assertThat(this.limits.usageInOpenEvent()).containsEntry(guest.userId(), new Usage(2, 2));
	}

	@Test
	void aGuestsOwnQuota_replacesTheDefault_andIsAudited() {
		this.limits.change(5, 0, 0, "admin");
		SimulatedGuest guest = guest("ja");
		this.limits.override(guest.userId(), 1, "admin");

		sendAndAwaitAnswer(guest, Instant.now(), 1);
		String second = sendAndAwaitAnswer(guest, Instant.now(), 2);

		assertThat(this.ledger.botMessages(guest.userId()).getLast().message().path("text").asText())
			.contains("この会では1人1枚までです");
		assertThat(photo(guest.userId(), second)).isEmpty();
		assertThat(this.limits.audit(1).getFirst()).satisfies((entry) -> {
			assertThat(entry.target()).isEqualTo(guest.userId());
			assertThat(entry.to()).isEqualTo("1");
		});
		this.limits.override(guest.userId(), null, "admin");
		assertThat(this.limits.override(guest.userId())).isEmpty();
	}

	@Test
	void thirdPhotoInAMinute_isAskedToWait_andDoesNotCountAgainstTheEventQuota() {
		this.limits.change(5, 2, 0, "admin");
		SimulatedGuest guest = guest("en");
		Instant sent = Instant.now();

		sendAndAwaitAnswer(guest, sent, 1);
		sendAndAwaitAnswer(guest, sent, 2);
		String third = sendAndAwaitAnswer(guest, sent, 3);

		assertThat(this.ledger.botMessages(guest.userId()).getLast().message().path("text").asText())
			.contains("Please wait about")
			.contains("up to 2 photos a minute");
		assertThat(photo(guest.userId(), third)).isEmpty();
		assertThat(this.limits.usage(guest.userId())).contains(new Usage(2, 5));
	}

	@Test
	void anImageSet_countsPhotoByPhoto_andThePhotosTakenInAreAnsweredTogether() {
		this.limits.change(2, 0, 0, "admin");
		SimulatedGuest guest = guest("en");
		String set = "SET" + SignedWebhook.newMessageId();
		List<String> ids = new ArrayList<>();
		List<String> events = new ArrayList<>();
		for (int index = 1; index <= 3; index++) {
			String messageId = SignedWebhook.newMessageId();
			this.ledger.putContent(messageId,
					new SimulatorLedger.Content(
							PhotoCopies.onBackground(SignedWebhook.bytes("/photos/grace_hopper_512x512.jpg"), index),
							"image/jpeg"));
			ids.add(messageId);
			events.add(SignedWebhook.event("image-in-set", Map.of("userId", guest.userId(), "messageId", messageId,
					"imageSetId", set, "index", index, "total", 3)));
		}

		send(SignedWebhook.body(events));

		awaitBotMessages(guest.userId(), 2);
		Holds.throughout(Duration.ofSeconds(2), () -> assertThat(this.ledger.botMessages(guest.userId())).hasSize(2));
		List<ChatEntry> messages = this.ledger.botMessages(guest.userId());
		assertThat(messages).anySatisfy(
				(message) -> assertThat(message.message().path("text").asText()).contains("allows 2 photos per guest"));
		assertThat(messages)
			.anySatisfy((message) -> assertThat(message.message().path("contents").path("contents")).hasSize(2));
		assertThat(ids.stream().filter((id) -> photo(guest.userId(), id).isPresent())).hasSize(2);
	}

	@Test
	void aPhotoAdmittedAgain_countsOnce_everywhere() {
		this.limits.change(1, 1, LimitSettings.MAX_BUDGET, "admin");
		String userId = SignedWebhook.newUserId();
		long budgetBefore = this.limits.budget().used();
		Instant sent = Instant.now();

		assertThat(this.limits.admit(userId, "m1", sent)).isEmpty();
		assertThat(this.limits.admit(userId, "m1", sent)).isEmpty();

		assertThat(this.limits.usage(userId)).contains(new Usage(1, 1));
		assertThat(this.limits.budget().used()).isEqualTo(budgetBefore + 1);
		assertThat(this.limits.admit(userId, "m2", sent)).map(Refusal::kind).contains(Refusal.Kind.EVENT_QUOTA);
	}

	@Test
	void aGuestWhoDeletesTheirData_startsAfresh() {
		this.limits.change(1, 1, 0, "admin");
		String userId = SignedWebhook.newUserId();
		this.limits.override(userId, 1, "admin");
		assertThat(this.limits.admit(userId, "m1", Instant.now())).isEmpty();

		this.limits.forgetGuest(userId);

		assertThat(this.limits.override(userId)).isEmpty();
		assertThat(this.limits.usage(userId)).contains(new Usage(0, 1));
		assertThat(this.limits.admit(userId, "m2", Instant.now())).isEmpty();
	}

	@Test
	void aChangeOfTheLimits_isAudited_andSeenAtOnce() {
		this.limits.change(10, 5, 300, "admin");

		assertThat(this.limits.settings())
			.extracting(LimitSettings::photosPerGuest, LimitSettings::photosPerMinute, LimitSettings::analysisBudget)
			.containsExactly(10, 5, 300L);
		assertThat(this.limits.audit(1).getFirst().to()).isEqualTo("per guest 10, per minute 5, budget 300");
	}

	/**
	 * Sends a new photo sent at {@code sent}; waits for the guest's {@code answers}th
	 * answer.
	 */
	private String sendAndAwaitAnswer(SimulatedGuest guest, Instant sent, int answers) {
		String messageId = SignedWebhook.newMessageId();
		this.ledger.putContent(messageId, new SimulatorLedger.Content(
				PhotoCopies.unique(SignedWebhook.bytes("/photos/grace_hopper_512x512.jpg")), "image/jpeg"));
		send(SignedWebhook.body(SignedWebhook.event("image",
				Map.of("userId", guest.userId(), "messageId", messageId, "timestamp", sent.toEpochMilli()))));
		List<ChatEntry> messages = awaitBotMessages(guest.userId(), answers);
		assertThat(messages).hasSize(answers);
		return messageId;
	}

}
