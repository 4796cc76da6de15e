package com.happinessscouter.album;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.happinessscouter.simulator.ChatEntry;
import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.support.PhotoCopies;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guest types {@code アルバム} / {@code album} through the real webhook and gets their own
 * signed album link back, free (a reply), in their language; the link opens their photos
 * and nobody else's.
 */
class AlbumLinkIT extends ScouterIT {

	private static final Pattern LINK = Pattern.compile("http://localhost:\\d+/album/\\S+");

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void albumCommand_repliesWithALinkToTheGuestsOwnPhotos() throws Exception {
		SimulatedGuest guest = guest("ja");
		Photo photo = sendPhotoAndAwait(guest, PhotoCopies.unique(SignedWebhook.bytes("/photos/sample3.jpg")));

		String answer = ask(guest, "アルバム");

		assertThat(answer).contains("あなたのアルバム");
		String link = link(answer);
		HttpResponse<String> page = get(link);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-image=\"" + photo.key().imageId() + "\"");
		assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void albumInEnglish_repliesInEnglish_andTheLinkOpensNoOtherGuestsAlbum() throws Exception {
		SimulatedGuest alice = guest("en");
		SimulatedGuest bob = guest("en");
		sendPhotoAndAwait(alice, PhotoCopies.unique(SignedWebhook.bytes("/photos/sample3.jpg")));
		Photo bobs = sendPhotoAndAwait(bob, PhotoCopies.unique(SignedWebhook.bytes("/photos/sample3.jpg")));

		String answer = ask(alice, "Album");

		assertThat(answer).startsWith("Here is your album");
		String link = link(answer);
		String token = link.substring(link.lastIndexOf('/') + 1);
		String bobsId = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(bob.userId().getBytes(StandardCharsets.UTF_8));
		String swapped = link.replace(token, bobsId + token.substring(token.indexOf('.')));
		HttpResponse<String> refused = get(swapped);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).doesNotContain(bobs.key().imageId()).contains("album-refusal");
		assertThat(get(swapped + "/photos/" + bobs.key().imageId()).statusCode()).isEqualTo(404);
	}

	/** Sends a text, returns the bot's answer to it. */
	private String ask(SimulatedGuest guest, String text) {
		int before = this.ledger.botMessages(guest.userId()).size();
		send(SignedWebhook.body(SignedWebhook.event("text", Map.of("userId", guest.userId(), "text", text))));
		ChatEntry answer = awaitBotMessages(guest.userId(), before + 1).getLast();
		assertThat(answer.via()).as("free: a reply, not a push").isEqualTo("reply");
		return answer.message().path("text").asText();
	}

	private static String link(String answer) {
		Matcher link = LINK.matcher(answer);
		assertThat(link.find()).as("a link in %s", answer).isTrue();
		return link.group();
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
