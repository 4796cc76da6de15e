package com.happinessscouter.reply;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

import com.happinessscouter.line.Delivery;
import com.happinessscouter.quota.Throttle;
import com.happinessscouter.simulator.ChatEntry;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.simulator.SimulatorLedger;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.support.Holds;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Late results through the real webhook: reply tokens made late on purpose (LINE's event
 * time in the past) get the free "please wait" reply with the 結果を見る button; the result
 * waits as PENDING and goes out with the guest's next message of any kind, at most five
 * messages a reply, exactly once; pushes only when an admin chose them.
 */
class DeliveryIT extends ScouterIT {

	/** Older than the token's age less the margin (50 s - 5 s): late on arrival. */
	private static final long NEAR_DEADLINE = 46_000;

	/** Older than the token may be used at all. */
	private static final long EXPIRED = 70_000;

	@Autowired
	Throttle throttle;

	@AfterEach
	void pushingOff() {
		this.throttle.changePushLateResults(false, "test");
	}

	@Test
	void latePhoto_getsTheWaitReplyWithTheButton_andItsScoreComesWithTheNextText() {
		SimulatedGuest guest = guest("en");
		String photo = sendPhoto(guest, NEAR_DEADLINE);

		ChatEntry wait = awaitBotMessages(guest.userId(), 1).getFirst();
		assertThat(wait.via()).isEqualTo("reply");
		assertThat(wait.message().path("text").asText()).startsWith("Got it — ").contains("See results");
		assertThat(wait.message().at("/quickReply/items/0/action/text").asText()).isEqualTo("see results");
		assertThat(awaitPhoto(guest.userId(), photo, Photo::pending).delivery()).isEqualTo(Delivery.PENDING);

		sendText(guest, "hello");

		List<ChatEntry> answer = awaitBotMessages(guest.userId(), 3).subList(1, 3);
		assertThat(answer).extracting(ChatEntry::via).containsOnly("reply");
		assertThat(answer.get(0).message().path("type").asText()).as("the score first").isEqualTo("flex");
		assertThat(answer.get(1).message().path("text").asText()).as("then the text's own answer")
			.startsWith("Send me a photo");
		assertThat(awaitPhoto(guest.userId(), photo, Photo::answered).delivery()).isEqualTo(Delivery.REPLY);
	}

	@Test
	void pendingScore_goesOutWithASticker_andWithTheSeeResultsButton() {
		SimulatedGuest guest = guest("ja");
		String first = sendPhoto(guest, NEAR_DEADLINE);
		awaitPhoto(guest.userId(), first, Photo::pending);

		send(SignedWebhook.body(SignedWebhook.event("sticker", Map.of("userId", guest.userId()))));
		List<ChatEntry> withSticker = awaitBotMessages(guest.userId(), 3);
		assertThat(withSticker.get(1).message().path("type").asText()).isEqualTo("flex");

		String second = sendPhoto(guest, NEAR_DEADLINE);
		awaitPhoto(guest.userId(), second, Photo::pending);
		sendText(guest, "結果を見る");
		List<ChatEntry> withButton = awaitBotMessages(guest.userId(), 6);
		assertThat(withButton.get(4).message().path("type").asText()).isEqualTo("flex");
		assertThat(withButton.get(5).message().path("text").asText()).isEqualTo("以上、お待たせした結果です！");
		assertThat(awaitPhoto(guest.userId(), second, Photo::answered).delivery()).isEqualTo(Delivery.REPLY);
	}

	@Test
	void manyPendingResults_goOutFiveMessagesAReply_andTheRestAreAnnounced() {
		SimulatedGuest guest = guest("en");
		List<String> photos = new ArrayList<>();
		List<String> events = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			String messageId = photoWithUniqueBytes();
			photos.add(messageId);
			events.add(SignedWebhook.event("image", Map.of("userId", guest.userId(), "messageId", messageId,
					"timestamp", System.currentTimeMillis() - NEAR_DEADLINE)));
		}
		send(SignedWebhook.body(events));
		photos.forEach((photo) -> awaitPhoto(guest.userId(), photo, Photo::pending));
		int before = this.ledger.botMessages(guest.userId()).size();

		sendText(guest, "hello");
		List<ChatEntry> first = awaitBotMessages(guest.userId(), before + 5).subList(before, before + 5);
		assertThat(first).extracting((entry) -> entry.message().path("type").asText())
			.containsExactly("flex", "flex", "flex", "text", "text");
		assertThat(first.get(3).message().path("text").asText())
			.isEqualTo("3 more results are waiting. Tap “See results”.");

		sendText(guest, "see results");
		List<ChatEntry> second = awaitBotMessages(guest.userId(), before + 9).subList(before + 5, before + 9);
		assertThat(second).extracting((entry) -> entry.message().path("type").asText())
			.containsExactly("flex", "flex", "flex", "text");
		photos.forEach((photo) -> assertThat(awaitPhoto(guest.userId(), photo, Photo::answered).delivery())
			.isEqualTo(Delivery.REPLY));
	}

	@Test
	void expiredToken_withPushingOff_isNeverPushed_andWaitsForTheNextMessage() {
		SimulatedGuest guest = guest("en");
		long pushes = this.ledger.pushCount();
		String photo = sendPhoto(guest, EXPIRED);

		awaitPhoto(guest.userId(), photo, Photo::pending);
		Holds.throughout(Duration.ofSeconds(1), () -> assertThat(this.ledger.botMessages(guest.userId())).isEmpty());
		assertThat(this.ledger.pushCount()).isEqualTo(pushes);

		sendText(guest, "see results");
		assertThat(awaitBotMessages(guest.userId(), 2).getFirst().message().path("type").asText()).isEqualTo("flex");
	}

	@Test
	void expiredToken_withPushingChosen_andRoomAboveTheReserve_isPushedWithARetryKey() {
		this.throttle.changePushLateResults(true, "test");
		SimulatedGuest guest = guest("en");
		String messageId = photoWithUniqueBytes();
		String eventId = "01" + UUID.randomUUID().toString().replace("-", "").toUpperCase();

		send(SignedWebhook.body(SignedWebhook.event("image", Map.of("userId", guest.userId(), "messageId", messageId,
				"eventId", eventId, "timestamp", System.currentTimeMillis() - EXPIRED))));

		ChatEntry answer = awaitBotMessages(guest.userId(), 1).getFirst();
		assertThat(answer.via()).isEqualTo("push");
		assertThat(answer.message().path("type").asText()).isEqualTo("flex");
		assertThat(awaitPhoto(guest.userId(), messageId, Photo::answered).delivery()).isEqualTo(Delivery.PUSH);
		UUID retryKey = UUID.nameUUIDFromBytes(("answer:" + eventId).getBytes(StandardCharsets.UTF_8));
		assertThat(this.ledger.acceptPushRetryKey(retryKey.toString())).as("the push carried its retry key").isFalse();
	}

	@Test
	void pendingScore_isDeliveredExactlyOnce_whenTwoMessagesRace() throws Exception {
		SimulatedGuest guest = guest("en");
		String photo = sendPhoto(guest, NEAR_DEADLINE);
		awaitPhoto(guest.userId(), photo, Photo::pending);

		try (var racing = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < 4; i++) {
				racing.submit(() -> sendText(guest, "hello"));
			}
		}

		awaitBotMessages(guest.userId(), 1 + 4 + 1);
		Holds.throughout(Duration.ofSeconds(2),
				() -> assertThat(this.ledger.botMessages(guest.userId()))
					.filteredOn((entry) -> "flex".equals(entry.message().path("type").asText()))
					.hasSize(1));
		assertThat(awaitPhoto(guest.userId(), photo, Photo::answered).delivery()).isEqualTo(Delivery.REPLY);
	}

	@Test
	void seeResults_whileThePhotoIsInProgress_isHeld_andAnsweredWithTheScoreOnItsOwnToken() {
		SimulatedGuest guest = guest("en");
		String messageId = slowPhoto(); // still downloading when the guest taps
		send(SignedWebhook.body(SignedWebhook.event("image", Map.of("userId", guest.userId(), "messageId", messageId,
				"timestamp", System.currentTimeMillis() - NEAR_DEADLINE))));
		awaitBotMessages(guest.userId(), 1);

		String tapToken = "tap" + SignedWebhook.newMessageId();
		send(SignedWebhook.body(SignedWebhook.event("text",
				Map.of("userId", guest.userId(), "text", "see results", "replyToken", tapToken))));

		ChatEntry score = awaitBotMessages(guest.userId(), 2).get(1);
		assertThat(score.message().path("type").asText()).as(this.ledger.botMessages(guest.userId()).toString())
			.isEqualTo("flex");
		assertThat(this.ledger.reply(tapToken)).as("answered on the tap's token").isPresent();
		assertThat(this.ledger.reply(tapToken).orElseThrow().messages()).hasSize(1);
		assertThat(awaitPhoto(guest.userId(), messageId, Photo::answered).delivery()).isEqualTo(Delivery.REPLY);
	}

	@Test
	void oneSeeResultsTap_whileTwoPhotosAreInProgress_carriesBothScores() {
		SimulatedGuest guest = guest("en");
		List<String> photos = List.of(slowPhoto(), slowPhoto());
		send(SignedWebhook.body(photos.stream()
			.map((photo) -> SignedWebhook.event("image",
					Map.of("userId", guest.userId(), "messageId", photo, "timestamp",
							System.currentTimeMillis() - NEAR_DEADLINE)))
			.toList()));
		awaitBotMessages(guest.userId(), 2); // a wait reply on each photo's own token

		String tapToken = "tap" + SignedWebhook.newMessageId();
		send(SignedWebhook.body(SignedWebhook.event("text",
				Map.of("userId", guest.userId(), "text", "see results", "replyToken", tapToken))));

		photos.forEach((photo) -> assertThat(awaitPhoto(guest.userId(), photo, Photo::answered).delivery())
			.isEqualTo(Delivery.REPLY));
		assertThat(this.ledger.reply(tapToken)).as("both scores on the one tap's token")
			.hasValueSatisfying((reply) -> assertThat(reply.messages())
				.filteredOn((message) -> "flex".equals(message.path("type").asText()))
				.hasSize(2));
	}

	/** A photo whose download takes 3 s: still in progress when the guest taps. */
	private String slowPhoto() {
		String messageId = SignedWebhook.newMessageId();
		byte[] bytes = PhotoCopies.unique(SignedWebhook.bytes("/photos/grace_hopper_512x512.jpg"));
		this.ledger.putContent(messageId, () -> {
			sleep(Duration.ofSeconds(3));
			return new SimulatorLedger.Content(bytes, "image/jpeg");
		});
		return messageId;
	}

	@Test
	void seeResults_withNothingWaiting_saysSoKindly() {
		SimulatedGuest guest = guest("en");

		sendText(guest, "see results");

		assertThat(awaitBotMessages(guest.userId(), 1).getFirst().message().path("text").asText())
			.isEqualTo("No results are waiting for you. Send a photo with smiling faces 📸");
	}

	@Test
	void pendingAnswers_areCountedOverall() {
		long before = this.submissions.pendingAnswers();
		SimulatedGuest guest = guest("en");
		String photo = sendPhoto(guest, EXPIRED);
		awaitPhoto(guest.userId(), photo, Photo::pending);
		assertThat(this.submissions.pendingAnswers()).isEqualTo(before + 1);

		sendText(guest, "see results");
		awaitPhoto(guest.userId(), photo, Photo::answered);
		assertThat(this.submissions.pendingAnswers()).isEqualTo(before);
	}

	private String sendPhoto(SimulatedGuest guest, long age) {
		String messageId = photoWithUniqueBytes();
		send(SignedWebhook.body(SignedWebhook.event("image", Map.of("userId", guest.userId(), "messageId", messageId,
				"timestamp", System.currentTimeMillis() - age))));
		return messageId;
	}

	private String photoWithUniqueBytes() {
		String messageId = SignedWebhook.newMessageId();
		this.ledger.putContent(messageId, new SimulatorLedger.Content(
				PhotoCopies.unique(SignedWebhook.bytes("/photos/grace_hopper_512x512.jpg")), "image/jpeg"));
		return messageId;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void sendText(SimulatedGuest guest, String text) {
		send(SignedWebhook.body(SignedWebhook.event("text", Map.of("userId", guest.userId(), "text", text))));
	}

}
