package com.happinessscouter.webhook;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.images.TestImages;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.simulator.SimulatorLedger;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoKey;
import com.happinessscouter.submission.PhotoProblem;
import com.happinessscouter.submission.PhotoStatus;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import com.happinessscouter.support.TestEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Decompression bombs sent as guests' photos during an event, through the signed webhook:
 * each is refused from its header before anything decodes it, answered kindly once, and
 * its webhook event is done without a retry; the app stays healthy and a normal photo
 * sent beside them is still scored.
 */
class HostileImageIT extends ScouterIT {

	private static final Duration QUICKLY = Duration.ofSeconds(20);

	@Autowired
	private Events events;

	@Autowired
	private SingleTable table;

	@Autowired
	private HealthEndpoint health;

	private WeddingEvent event;

	@BeforeEach
	void openEvent() {
		this.event = TestEvents.open(this.events, "Hostile photos", false);
	}

	@AfterEach
	void closeEvent() {
		TestEvents.close(this.events, this.event);
	}

	@Test
	void progressiveJpegDeclaring65500Squared_isAnsweredKindlyOnce_notRetried_appHealthy() throws Exception {
		long peakBefore = peakResidentKilobytes();
		Sent bomb = sendPhoto(TestImages.progressiveBomb(65_500, 65_500));

		Photo photo = await().atMost(QUICKLY)
			.until(() -> this.submissions.find(bomb.key()), (p) -> p.isPresent() && p.get().answered())
			.orElseThrow();
		assertThat(photo.status()).isEqualTo(PhotoStatus.FAILED);
		assertThat(photo.problem()).isEqualTo(PhotoProblem.IMAGE_TOO_LARGE);
		assertThat(photo.s3Key()).as("nothing stored").isNull();
		assertThat(awaitBotMessages(bomb.userId(), 1).getFirst().message().path("text").asText()).contains("too large");
		assertAnsweredOnceAndNotRetried(bomb);
		assertHealthy();
		assertThat(peakResidentKilobytes() - peakBefore).as("growth of the peak RSS in KB (decoded: over 12 GB)")
			.isLessThan(1024 * 1024);
	}

	@Test
	void bombsOfEveryKindAtOnce_areEachAnsweredKindly_whileANormalPhotoIsScored() {
		BufferedImage small = new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR);
		byte[] jpeg = TestImages.encodedJpeg(small, false);
		Map<String, byte[]> bombs = new LinkedHashMap<>();
		bombs.put("baseline JPEG", TestImages.withFrameSize(jpeg, 65_500, 65_500));
		bombs.put("JPEG with 4 MB of APP1", TestImages.withSegments(bombs.get("baseline JPEG"), 0xE1, 64, 65_000));
		bombs.put("PNG", TestImages.png(100_000, 100_000));
		bombs.put("PNG with a 4 MB text chunk",
				TestImages.withChunk(TestImages.png(60_000, 60_000), "tEXt", new byte[4_000_000]));
		Map<String, Sent> sent = new LinkedHashMap<>();
		bombs.forEach((name, bytes) -> sent.put(name, sendPhoto(bytes)));
		Sent normal = sendPhoto(PhotoCopies.unique(SignedWebhook.bytes("/photos/grace_hopper_512x512.jpg")));

		for (Map.Entry<String, Sent> bomb : sent.entrySet()) {
			Photo photo = awaitPhoto(bomb.getValue().userId(), bomb.getValue().messageId(), Photo::answered);
			assertThat(photo.problem()).as(bomb.getKey()).isEqualTo(PhotoProblem.IMAGE_TOO_LARGE);
		}
		assertThat(awaitPhoto(normal.userId(), normal.messageId(), Photo::answered).status())
			.isEqualTo(PhotoStatus.SCORED);
		for (Sent bomb : sent.values()) {
			assertAnsweredOnceAndNotRetried(bomb);
		}
		assertHealthy();
	}

	private Sent sendPhoto(byte[] bytes) {
		SimulatedGuest guest = guest("en");
		Sent sent = new Sent(guest.userId(), SignedWebhook.newMessageId(),
				"01" + UUID.randomUUID().toString().replace("-", "").toUpperCase());
		this.ledger.putContent(sent.messageId(), new SimulatorLedger.Content(bytes, "image/jpeg"));
		assertThat(send(SignedWebhook.body(SignedWebhook.event("image",
				Map.of("userId", sent.userId(), "messageId", sent.messageId(), "eventId", sent.eventId())))))
			.isEqualTo(200);
		return sent;
	}

	private void assertAnsweredOnceAndNotRetried(Sent sent) {
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.until(() -> this.ledger.botMessages(sent.userId()).size() == 1);
		Map<String, AttributeValue> inbox = this.table.client()
			.getItem((get) -> get.tableName(this.table.name())
				.key(Map.of(SingleTable.PARTITION_KEY, AttributeValue.fromS("EVENT#" + sent.eventId()),
						SingleTable.SORT_KEY, AttributeValue.fromS("EVENT")))
				.consistentRead(true))
			.item();
		assertThat(inbox.get("state").s()).isEqualTo("DONE");
		assertThat(inbox.get("attempts").n()).as("retries").isEqualTo("0");
	}

	private void assertHealthy() {
		assertThat(this.health.health().getStatus()).isEqualTo(Status.UP);
	}

	/** The process's peak resident memory (Linux), in KB. */
	private static long peakResidentKilobytes() throws IOException {
		return Files.readAllLines(Path.of("/proc/self/status"))
			.stream()
			.filter((line) -> line.startsWith("VmHWM:"))
			.map((line) -> Long.parseLong(line.replaceAll("\\D", "")))
			.findFirst()
			.orElseThrow();
	}

	/** A photo a guest sent, and the webhook event that carried it. */
	private record Sent(String userId, String messageId, String eventId) {

		PhotoKey key() {
			return new PhotoKey(this.userId, this.messageId);
		}

	}

}
