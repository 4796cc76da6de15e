package com.happinessscouter.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.guests.GuestQuery;
import com.happinessscouter.guests.Guests;
import com.happinessscouter.simulator.ChatEntry;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import com.happinessscouter.support.TestEvents;
import com.happinessscouter.webhook.inbox.EventInbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * A guest deletes everything the bot keeps about them, from LINE: photos, records,
 * counts, the photos' fingerprints and the events they sent as the webhook stored them.
 */
class DeleteMyDataIT extends ScouterIT {

	@Autowired
	S3Client s3;

	@Autowired
	Guests stats;

	@Autowired
	Events events;

	@Autowired
	SingleTable table;

	@Autowired
	EventInbox inbox;

	private WeddingEvent event;

	@AfterEach
	void closeEvent() {
		TestEvents.close(this.events, this.event);
	}

	@Test
	void guestAsksConfirmsAndEverythingIsGone() {
		this.event = TestEvents.open(this.events, "delete my data", false);
		SimulatedGuest guest = guest("en");
		List<String> sent = new ArrayList<>();
		String messageId = photoOnLine("/photos/grace_hopper_512x512.jpg", "image/jpeg");
		send(sent, "image", Map.of("userId", guest.userId(), "messageId", messageId));
		Photo photo = awaitPhoto(guest.userId(), messageId, Photo::answered);
		awaitBotMessages(guest.userId(), 1);
		long guestsBefore = this.stats.totals().guests();
		List<Map<String, AttributeValue>> fingerprints = fingerprintKeys(guest.userId(), messageId);
		assertThat(fingerprints).hasSize(5).allSatisfy((key) -> assertThat(item(key)).isNotEmpty());

		send(sent, "text", Map.of("userId", guest.userId(), "text", "Delete my data"));
		ChatEntry ask = awaitBotMessages(guest.userId(), 2).get(1);
		assertThat(ask.message().path("text").asText()).contains("cannot be undone");
		assertThat(ask.message().path("quickReply").path("items").get(0).path("action").path("text").asText())
			.isEqualTo("yes, delete my data");
		assertThat(photo(guest.userId(), messageId)).isPresent();

		send(sent, "text", Map.of("userId", guest.userId(), "text", "keep my data"));
		assertThat(awaitBotMessages(guest.userId(), 3).get(2).message().path("text").asText())
			.contains("Nothing was deleted");
		assertThat(photo(guest.userId(), messageId)).isPresent();

		send(sent, "text", Map.of("userId", guest.userId(), "text", "yes, delete my data"));
		assertThat(awaitBotMessages(guest.userId(), 4).get(3).message().path("text").asText())
			.contains("All your data is deleted: 1 photo");
		assertThat(photo(guest.userId(), messageId)).isEmpty();
		assertThatExceptionOfType(NoSuchKeyException.class)
			.isThrownBy(() -> this.s3.getObjectAsBytes((get) -> get.bucket("scouter-it").key(photo.s3Key())));
		assertThat(this.stats.page(GuestQuery.DEFAULT, 0, 50)).noneMatch((g) -> g.userId().equals(guest.userId()));
		assertThat(this.stats.totals().guests()).isEqualTo(guestsBefore - 1);
		assertThat(fingerprints).allSatisfy((key) -> assertThat(item(key)).as("fingerprint %s", key).isEmpty());
		assertThat(sent).hasSize(4).allSatisfy(this::awaitNoPayload);
	}

	@Test
	void waitingEventOfADeletedGuest_isErasedAndNeverActedOn() {
		SimulatedGuest guest = guest("en");
		String messageId = photoOnLine("/photos/grace_hopper_512x512.jpg", "image/jpeg");
		String eventId = "01WAIT" + messageId;
		Instant now = Instant.now();
		// recorded as the webhook does when no worker is free: due for the sweeper soon
		this.inbox.record(eventId, "PhotoSent", guest.userId(),
				SignedWebhook.event("image",
						Map.of("userId", guest.userId(), "messageId", messageId, "eventId", eventId)),
				now, now.plus(Duration.ofSeconds(3)));
		assertThat(inboxItem(eventId)).containsKey("payload");

		this.stats.deleteAll("admin", guest.userId());

		assertThat(inboxItem(eventId)).doesNotContainKey("payload");
		await().atMost(PATIENCE)
			.until(() -> inboxItem(eventId),
					(item) -> item.containsKey("state") && "ERASED".equals(item.get("state").s()));
		assertThat(inboxItem(eventId)).doesNotContainKey(SingleTable.WORK_INDEX_PARTITION_KEY);
		assertThat(photo(guest.userId(), messageId)).isEmpty();
		assertThat(this.ledger.botMessages(guest.userId())).isEmpty();
	}

	/**
	 * The photo's digest claim and its four perceptual-hash blocks, read off its item.
	 */
	private List<Map<String, AttributeValue>> fingerprintKeys(String userId, String imageId) {
		Map<String, AttributeValue> photo = item(KeySpace.PHOTO.keyWithSort(imageId, userId));
		String eventId = photo.get("eventId").s();
		long hash = Long.parseUnsignedLong(photo.get("perceptualHash").s(), 16);
		List<Map<String, AttributeValue>> keys = new ArrayList<>();
		keys.add(KeySpace.DIGEST.key(eventId, photo.get("sha256").s()));
		for (int block = 0; block < 4; block++) {
			String value = Integer.toHexString((int) ((hash >>> (16 * (3 - block))) & 0xFFFF));
			keys.add(KeySpace.PERCEPTUAL_HASH.keyWithSort(userId + "/" + imageId, eventId, block, value));
		}
		return keys;
	}

	private void awaitNoPayload(String eventId) {
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(inboxItem(eventId)).as("inbox item of %s", eventId)
				.containsKey("state")
				.doesNotContainKey("payload"));
	}

	private Map<String, AttributeValue> inboxItem(String eventId) {
		return item(KeySpace.INBOX.key(eventId));
	}

	private Map<String, AttributeValue> item(Map<String, AttributeValue> key) {
		return this.table.client()
			.getItem((get) -> get.tableName(this.table.name()).key(key).consistentRead(true))
			.item();
	}

	/** Sends one event from the fixture and notes its webhook event id. */
	private void send(List<String> sent, String fixture, Map<String, String> values) {
		String eventId = "01DEL" + UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
		Map<String, String> all = new HashMap<>(values);
		all.put("eventId", eventId);
		sent.add(eventId);
		send(SignedWebhook.body(SignedWebhook.event(fixture, all)));
	}

}
