package com.happinessscouter.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.simulator.SimulatorLedger;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoStatus;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import com.happinessscouter.support.TestEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guest's place in the score reply, through the real webhook: what the simulated
 * Messaging API recorded.
 */
class ScorePlaceIT extends ScouterIT {

	private static final byte[] GRACE = SignedWebhook.bytes("/photos/grace_hopper_512x512.jpg");

	private static final byte[] SAMPLE = SignedWebhook.bytes("/photos/sample3.jpg");

	@Autowired
	Events events;

	private WeddingEvent event;

	@AfterEach
	void closeEvent() {
		TestEvents.close(this.events, this.event);
	}

	@Test
	void scoreReply_inAnOpenEvent_tellsThePlaceWithThisPhotoCounted() {
		this.event = TestEvents.open(this.events, "places", false);
		SimulatedGuest first = guest("en");
		SimulatedGuest second = guest("ja");

		Photo firstPhoto = sendPhotoAndAwait(first, GRACE);
		assertThat(firstPhoto.eventId()).isEqualTo(this.event.id());
		assertThat(texts(reply(first))).contains("Now #1 of 1");

		Photo secondPhoto = sendPhotoAndAwait(second, SAMPLE);
		assertThat(secondPhoto.status()).isEqualTo(PhotoStatus.SCORED);
		int expected = (secondPhoto.score().power() > firstPhoto.score().power()) ? 1 : 2;
		assertThat(texts(reply(second))).contains("いま" + expected + "位 / 2人中");

		SimulatedGuest third = guest("ja");
		String set = "SET" + SignedWebhook.newMessageId();
		send(SignedWebhook.body(List.of(inSet(third, PhotoCopies.mirrored(GRACE), set, 1),
				inSet(third, PhotoCopies.mirrored(SAMPLE), set, 2))));
		JsonNode carousel = awaitBotMessages(third.userId(), 1).getFirst().message();
		assertThat(carousel.at("/contents/type").asText()).isEqualTo("carousel");
		List<String> placeLines = texts(carousel).stream().filter((text) -> text.contains("位 / ")).toList();
		assertThat(placeLines).as("one place line for the set").singleElement().asString().matches("いま[1-3]位 / 3人中");
		assertThat(texts(carousel.at("/contents/contents/0"))).containsAll(placeLines);
	}

	@Test
	void scoreReply_outsideAnEvent_hasNoPlace() {
		SimulatedGuest guest = guest("en");

		Photo photo = sendPhotoAndAwait(guest, PhotoCopies.onBackground(GRACE, 7));

		assertThat(photo.status()).isEqualTo(PhotoStatus.SCORED);
		assertThat(photo.eventId()).isNull();
		assertThat(texts(reply(guest))).isNotEmpty().noneMatch((text) -> text.startsWith("Now #"));
	}

	private JsonNode reply(SimulatedGuest guest) {
		JsonNode message = awaitBotMessages(guest.userId(), 1).getFirst().message();
		assertThat(message.path("type").asText()).isEqualTo("flex");
		return message;
	}

	private String inSet(SimulatedGuest guest, byte[] photo, String set, int index) {
		String messageId = SignedWebhook.newMessageId();
		this.ledger.putContent(messageId, new SimulatorLedger.Content(photo, "image/jpeg"));
		return SignedWebhook.event("image-in-set", Map.of("userId", guest.userId(), "messageId", messageId,
				"imageSetId", set, "index", index, "total", 2));
	}

	/** Every text of a Flex message, in order. */
	private static List<String> texts(JsonNode node) {
		List<String> texts = new ArrayList<>();
		if ("text".equals(node.path("type").asText()) && node.has("text")) {
			texts.add(node.get("text").asText());
		}
		node.forEach((child) -> texts.addAll(texts(child)));
		return texts;
	}

}
