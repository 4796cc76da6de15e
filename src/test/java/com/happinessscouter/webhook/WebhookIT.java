package com.happinessscouter.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.line.LineProperties;
import com.happinessscouter.simulator.ChatEntry;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.simulator.SimulatorLedger;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoStatus;
import com.happinessscouter.support.Holds;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * LINE's webhook end to end: signed fixtures in, what is stored (S3 + the one table) and
 * what the bot sent (recorded by the simulated Messaging API) out.
 */
class WebhookIT extends ScouterIT {

	@Autowired
	S3Client s3;

	@Autowired
	SingleTable table;

	@Autowired
	LineProperties line;

	@Autowired
	MeterRegistry meters;

	@Test
	void photoIsStoredScoredAndAnsweredWithAFlexReply() {
		SimulatedGuest guest = guest("ja");
		String messageId = photoOnLine("/photos/sample3.jpg", "image/jpeg");

		assertThat(send(SignedWebhook.body(image(guest, messageId)))).isEqualTo(200);

		Photo photo = awaitPhoto(guest.userId(), messageId, (p) -> p.status().finished() && p.answered());
		assertThat(photo.status()).isEqualTo(PhotoStatus.SCORED);
		assertThat(photo.s3Key()).isEqualTo("photos/" + guest.userId() + "/" + messageId + ".jpg");
		assertThat(photo.contentType()).isEqualTo("image/jpeg");
		assertThat(photo.sha256()).hasSize(64);
		assertThat(photo.score().faceCount()).isPositive();
		assertThat(photo.score().power()).isPositive();
		ResponseBytes<GetObjectResponse> object = this.s3
			.getObjectAsBytes((get) -> get.bucket("scouter-it").key(photo.s3Key()));
		assertThat(object.response().contentType()).isEqualTo("image/jpeg");
		assertThat(object.asByteArray()).isEqualTo(SignedWebhook.bytes("/photos/sample3.jpg"));

		List<ChatEntry> messages = awaitBotMessages(guest.userId(), 1);
		assertThat(messages).hasSize(1);
		ChatEntry answer = messages.getFirst();
		assertThat(answer.via()).isEqualTo("reply");
		assertThat(answer.message().path("type").asText()).isEqualTo("flex");
		assertThat(answer.message().path("altText").asText()).contains("幸せ戦闘力");
		assertThat(answer.message().toString()).contains(Long.toString(photo.score().power()).substring(0, 1));
		assertThat(this.ledger.loadingCount(guest.userId())).isEqualTo(1);
		assertThat(this.meters.get("app.answer.delay").tag("via", "reply").timer().count()).isPositive();
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void theChannelTokenAndSecretNeverReachTheLogs(CapturedOutput output) {
		SimulatedGuest guest = guest("en");
		send(SignedWebhook.body(event("text", guest, Map.of("text", "help"))));
		awaitBotMessages(guest.userId(), 1);

		assertThat(output.getAll()).doesNotContain(this.line.channelToken()).doesNotContain(this.line.channelSecret());
	}

	@Test
	void englishGuestsGetEnglish() {
		SimulatedGuest guest = guest("en");
		String messageId = photoOnLine("/photos/grace_hopper_512x512.jpg", "image/jpeg");

		send(SignedWebhook.body(image(guest, messageId)));

		JsonNode flex = awaitBotMessages(guest.userId(), 1).getFirst().message();
		assertThat(flex.path("altText").asText()).startsWith("Happiness power");
		assertThat(flex.toString()).contains("Happy").contains("Calm").contains("Sad");
	}

	@Test
	void everyEventOfABatchIsHandled() {
		SimulatedGuest first = guest("ja");
		SimulatedGuest second = guest("en");
		String photo = photoOnLine("/photos/grace_hopper_512x512.jpg", "image/jpeg");

		send(SignedWebhook.body(List.of(image(first, photo), event("follow", second, Map.of()))));

		assertThat(awaitBotMessages(first.userId(), 1).getFirst().message().path("type").asText()).isEqualTo("flex");
		assertThat(text(awaitBotMessages(second.userId(), 1).getFirst())).contains("Thanks for adding me");
	}

	@Test
	void imageSetIsScoredPhotoByPhotoAndAnsweredOnce() {
		SimulatedGuest guest = guest("ja");
		String set = "SET" + SignedWebhook.newMessageId();
		List<String> ids = List.of(photoOnLine("/photos/sample3.jpg", "image/jpeg"),
				photoOnLine("/photos/grace_hopper_512x512.jpg", "image/jpeg"),
				photoOnLine("/photos/grace_hopper_alpha.png", "image/png"));
		List<String> events = List.of(inSet(guest, ids.get(0), set, 1), inSet(guest, ids.get(1), set, 2),
				inSet(guest, ids.get(2), set, 3));

		assertThat(send(SignedWebhook.body(events))).isEqualTo(200);

		for (String id : ids) {
			assertThat(awaitPhoto(guest.userId(), id, (p) -> p.status().finished()).status())
				.isEqualTo(PhotoStatus.SCORED);
		}
		List<ChatEntry> messages = awaitBotMessages(guest.userId(), 1);
		Holds.throughout(Duration.ofSeconds(2), () -> assertThat(this.ledger.botMessages(guest.userId())).hasSize(1));
		JsonNode flex = messages.getFirst().message();
		assertThat(flex.path("contents").path("type").asText()).isEqualTo("carousel");
		assertThat(flex.path("contents").path("contents")).hasSize(3);
		assertThat(this.ledger.botMessages(guest.userId())).allMatch((m) -> m.via().equals("reply"));
	}

	@Test
	void photoWithoutFacesGetsAFriendlyRetryMessage() {
		SimulatedGuest guest = guest("en");
		String messageId = photoOnLine("/photos/no-face.png", "image/png");

		send(SignedWebhook.body(image(guest, messageId)));

		assertThat(awaitPhoto(guest.userId(), messageId, (p) -> p.status().finished()).status())
			.isEqualTo(PhotoStatus.NO_FACE);
		assertThat(awaitBotMessages(guest.userId(), 1).getFirst().message().toString())
			.contains("couldn’t find a face");
	}

	@Test
	void brokenImageGetsAKindAnswerAndIsNotAnalysed() {
		SimulatedGuest guest = guest("en");
		String messageId = SignedWebhook.newMessageId();
		this.ledger.putContent(messageId, new com.happinessscouter.simulator.SimulatorLedger.Content(
				"<html>not a photo</html>".getBytes(UTF_8), "image/jpeg"));

		send(SignedWebhook.body(image(guest, messageId)));

		Photo photo = awaitPhoto(guest.userId(), messageId, (p) -> p.status().finished());
		assertThat(photo.status()).isEqualTo(PhotoStatus.FAILED);
		assertThat(photo.problem()).isNotNull();
		assertThat(text(awaitBotMessages(guest.userId(), 1).getFirst())).contains("JPEG or PNG");
	}

	@Test
	void textsAndStickersGetHelpfulAnswers() {
		SimulatedGuest help = guest("ja");
		SimulatedGuest chatter = guest("en");
		SimulatedGuest sticker = guest("en");

		send(SignedWebhook.body(event("text", help, Map.of("text", "使い方"))));
		send(SignedWebhook.body(event("text", chatter, Map.of("text", "congratulations!"))));
		send(SignedWebhook.body(event("sticker", sticker, Map.of())));

		assertThat(text(awaitBotMessages(help.userId(), 1).getFirst())).contains("遊び方");
		assertThat(text(awaitBotMessages(chatter.userId(), 1).getFirst())).contains("Send me a photo");
		assertThat(text(awaitBotMessages(sticker.userId(), 1).getFirst())).contains("I can only measure photos");
	}

	@Test
	void redeliveredEventIsHandledOnce() {
		SimulatedGuest guest = guest("ja");
		String messageId = photoOnLine("/photos/grace_hopper_512x512.jpg", "image/jpeg");
		String eventId = "01REDELIVERED" + messageId;
		String first = event("image", guest, Map.of("messageId", messageId, "eventId", eventId));
		String again = event("image", guest, Map.of("messageId", messageId, "eventId", eventId, "redelivery", true));

		assertThat(send(SignedWebhook.body(first))).isEqualTo(200);
		assertThat(send(SignedWebhook.body(again))).isEqualTo(200);
		assertThat(send(SignedWebhook.body(List.of(first, again)))).isEqualTo(200);

		awaitPhoto(guest.userId(), messageId, (p) -> p.answered());
		Holds.throughout(Duration.ofSeconds(2), () -> assertThat(this.ledger.botMessages(guest.userId())).hasSize(1));
	}

	@Test
	void standbyEventsAreNeitherStoredNorAnswered() {
		SimulatedGuest guest = guest("ja");
		String messageId = photoOnLine("/photos/grace_hopper_512x512.jpg", "image/jpeg");

		assertThat(send(SignedWebhook.body(event("standby-image", guest, Map.of("messageId", messageId)))))
			.isEqualTo(200);

		Holds.throughout(Duration.ofSeconds(2), () -> {
			assertThat(photo(guest.userId(), messageId)).isEmpty();
			assertThat(this.ledger.botMessages(guest.userId())).isEmpty();
		});
	}

	@Test
	void unknownEventsAreAcknowledgedAndIgnored() {
		SimulatedGuest guest = guest("ja");

		assertThat(send(SignedWebhook.body(event("unknown-event", guest, Map.of())))).isEqualTo(200);

		Holds.throughout(Duration.ofSeconds(1), () -> assertThat(this.ledger.botMessages(guest.userId())).isEmpty());
	}

	@Test
	void unsentPhotoIsDeletedFromS3AndMarkedDeleted_andItsDigestClaimIsGone() {
		SimulatedGuest guest = guest("ja");
		String messageId = SignedWebhook.newMessageId();
		this.ledger.putContent(messageId, new SimulatorLedger.Content(
				PhotoCopies.unique(SignedWebhook.bytes("/photos/grace_hopper_512x512.jpg")), "image/jpeg"));
		send(SignedWebhook.body(image(guest, messageId)));
		Photo scored = awaitPhoto(guest.userId(), messageId, (p) -> p.status().finished());
		Map<String, AttributeValue> claim = KeySpace.DIGEST.key("-", scored.sha256());
		assertThat(item(claim)).containsEntry("photo", AttributeValue.fromS(guest.userId() + "/" + messageId));

		send(SignedWebhook.body(event("unsend", guest, Map.of("messageId", messageId))));

		assertThat(awaitPhoto(guest.userId(), messageId, (p) -> p.status() == PhotoStatus.DELETED).status())
			.isEqualTo(PhotoStatus.DELETED);
		assertThatExceptionOfType(NoSuchKeyException.class)
			.isThrownBy(() -> this.s3.getObjectAsBytes((get) -> get.bucket("scouter-it").key(scored.s3Key())));
		assertThat(item(claim)).as("the digest claim of the unsent photo").isEmpty();
	}

	private Map<String, AttributeValue> item(Map<String, AttributeValue> key) {
		return this.table.client()
			.getItem((get) -> get.tableName(this.table.name()).key(key).consistentRead(true))
			.item();
	}

	@Test
	void staleReplyToken_isNotPushed_theResultWaitsForTheGuestsNextMessage() {
		SimulatedGuest guest = guest("en");
		String messageId = photoOnLine("/photos/grace_hopper_512x512.jpg", "image/jpeg");
		long aMinuteAgo = System.currentTimeMillis() - 70_000;

		send(SignedWebhook.body(event("image", guest, Map.of("messageId", messageId, "timestamp", aMinuteAgo))));

		assertThat(awaitPhoto(guest.userId(), messageId, Photo::pending).answered()).isFalse();
		send(SignedWebhook.body(event("text", guest, Map.of("text", "hi"))));
		ChatEntry answer = awaitBotMessages(guest.userId(), 1).getFirst();
		assertThat(answer.via()).isEqualTo("reply");
		assertThat(answer.message().path("type").asText()).isEqualTo("flex");
	}

	private static String image(SimulatedGuest guest, String messageId) {
		return event("image", guest, Map.of("messageId", messageId));
	}

	private static String inSet(SimulatedGuest guest, String messageId, String set, int index) {
		return event("image-in-set", guest,
				Map.of("messageId", messageId, "imageSetId", set, "index", index, "total", 3));
	}

	private static String event(String fixture, SimulatedGuest guest, Map<String, ?> values) {
		Map<String, Object> all = new java.util.HashMap<>(values);
		all.put("userId", guest.userId());
		return SignedWebhook.event(fixture, all);
	}

	private static String text(ChatEntry entry) {
		return entry.message().path("text").asText();
	}

}
