package com.happinessscouter.conversation;

import java.util.Map;

import com.happinessscouter.submission.Photo;
import com.happinessscouter.simulator.ChatEntry;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.guests.GuestQuery;
import com.happinessscouter.guests.Guests;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A guest deletes everything the bot keeps about them, from LINE. */
class DeleteMyDataIT extends ScouterIT {

	@Autowired
	S3Client s3;

	@Autowired
	Guests stats;

	@Test
	void guestAsksConfirmsAndEverythingIsGone() {
		SimulatedGuest guest = guest("en");
		String messageId = photoOnLine("/photos/grace_hopper_512x512.jpg", "image/jpeg");
		send(SignedWebhook
			.body(SignedWebhook.event("image", Map.of("userId", guest.userId(), "messageId", messageId))));
		Photo photo = awaitPhoto(guest.userId(), messageId, Photo::answered);
		awaitBotMessages(guest.userId(), 1);
		long guestsBefore = this.stats.totals().guests();

		send(text(guest, "Delete my data"));
		ChatEntry ask = awaitBotMessages(guest.userId(), 2).get(1);
		assertThat(ask.message().path("text").asText()).contains("cannot be undone");
		assertThat(ask.message().path("quickReply").path("items").get(0).path("action").path("text").asText())
			.isEqualTo("yes, delete my data");
		assertThat(photo(guest.userId(), messageId)).isPresent();

		send(text(guest, "keep my data"));
		assertThat(awaitBotMessages(guest.userId(), 3).get(2).message().path("text").asText())
			.contains("Nothing was deleted");
		assertThat(photo(guest.userId(), messageId)).isPresent();

		send(text(guest, "yes, delete my data"));
		assertThat(awaitBotMessages(guest.userId(), 4).get(3).message().path("text").asText())
			.contains("All your data is deleted: 1 photo");
		assertThat(photo(guest.userId(), messageId)).isEmpty();
		assertThatExceptionOfType(NoSuchKeyException.class)
			.isThrownBy(() -> this.s3.getObjectAsBytes((get) -> get.bucket("scouter-it").key(photo.s3Key())));
		assertThat(this.stats.page(GuestQuery.DEFAULT, 0, 50)).noneMatch((g) -> g.userId().equals(guest.userId()));
		assertThat(this.stats.totals().guests()).isEqualTo(guestsBefore - 1);
	}

	private static String text(SimulatedGuest guest, String text) {
		return SignedWebhook.body(SignedWebhook.event("text", Map.of("userId", guest.userId(), "text", text)));
	}

}
