package com.happinessscouter.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.simulator.SimulatorLedger;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoStatus;
import com.happinessscouter.support.Holds;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of malformed requests and hostile content: each gets the right status and,
 * where a guest is behind it, a kind reply; nothing is stored for rejected requests, and
 * the app stays healthy.
 */
class BadInputIT extends ScouterIT {

	private static final String SECRET = "local-simulator-channel-secret";

	/** How a request is signed. */
	enum Signing {

		VALID, NONE, EMPTY, OTHER_SECRET, NOT_BASE64, TRUNCATED, OF_ANOTHER_BODY

	}

	static Stream<Arguments> requests() {
		List<Arguments> cases = new ArrayList<>();
		String image = SignedWebhook.body(SignedWebhook.event("image", Map.of("userId", SignedWebhook.newUserId())));
		for (Signing signing : Signing.values()) {
			if (signing != Signing.VALID) {
				cases.add(Arguments.of("image, signature " + signing, image, signing, "application/json", 400));
				cases.add(Arguments.of("empty events, signature " + signing, "{\"events\":[]}", signing,
						"application/json", 400));
			}
		}
		String[] malformed = { "", "{", "[]", "null", "42", "\"events\"", "{\"events\":{}}", "{\"events\":\"x\"}",
				"{\"events\":null}", "{\"destination\":\"U1\"}", "{\"events\":[",
				image.substring(0, image.length() / 2), "<xml/>", "events=[]", "{\"events\":[]} trailing" };
		for (String body : malformed) {
			cases
				.add(Arguments.of("malformed body: " + abbreviate(body), body, Signing.VALID, "application/json", 400));
		}
		cases.add(Arguments.of("2 MB body", "{\"events\":[],\"pad\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}",
				Signing.VALID, "application/json", 413));
		cases.add(Arguments.of("wrong content type", "{\"events\":[]}", Signing.VALID, "text/plain", 200));
		String[] ignoredEvents = { "{\"type\":\"beacon\"}", "{\"type\":\"memberJoined\"}",
				"{\"type\":\"somethingNew\",\"mode\":\"active\"}", "{}", "{\"type\":42}", "\"not an object\"", "[]",
				"{\"type\":\"message\",\"message\":{\"type\":\"teleport\"}}",
				"{\"type\":\"message\",\"mode\":\"standby\",\"message\":{\"type\":\"text\",\"text\":\"hi\"}}",
				"{\"type\":\"unfollow\",\"source\":{\"type\":\"user\",\"userId\":\"U1\"}}" };
		for (String event : ignoredEvents) {
			cases.add(Arguments.of("ignored event: " + abbreviate(event), "{\"events\":[" + event + "]}", Signing.VALID,
					"application/json", 200));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} -> {4}")
	@MethodSource("requests")
	void eachRequestGetsTheRightStatus(String name, String body, Signing signing, String contentType, int status)
			throws Exception {
		byte[] bytes = body.getBytes(UTF_8);
		HttpRequest.Builder request = HttpRequest.newBuilder(callback())
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
		String signature = signature(bytes, signing);
		if (signature != null) {
			request.header("X-Line-Signature", signature);
		}
		try (HttpClient http = HttpClient.newHttpClient()) {
			assertThat(http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).as(name)
				.isEqualTo(status);
		}
	}

	@Test
	void rejectedImagesAreNeverStored() throws Exception {
		SimulatedGuest guest = guest("en");
		String messageId = photoOnLine("/photos/grace_hopper_512x512.jpg", "image/jpeg");
		byte[] body = SignedWebhook
			.body(SignedWebhook.event("image", Map.of("userId", guest.userId(), "messageId", messageId)))
			.getBytes(UTF_8);
		for (Signing signing : Signing.values()) {
			if (signing != Signing.VALID) {
				webhook().post(callback(), body, signature(body, signing));
			}
		}
		Holds.throughout(Duration.ofMillis(1500), () -> {
			assertThat(photo(guest.userId(), messageId)).isEmpty();
			assertThat(this.ledger.botMessages(guest.userId())).isEmpty();
		});
	}

	@Test
	void hostileOrMissingContentGetsAKindAnswer() {
		byte[] jpeg = SignedWebhook.bytes("/photos/grace_hopper_512x512.jpg");
		byte[] png = SignedWebhook.bytes("/photos/grace_hopper_alpha.png");
		Map<String, byte[]> contents = Map.of("zero bytes", new byte[0], "truncated jpeg",
				Arrays.copyOf(jpeg, jpeg.length / 3), "jpeg header only", Arrays.copyOf(jpeg, 20),
				"png header and noise", noise(Arrays.copyOf(png, 64), 4096), "html",
				"<html><body>hi</body></html>".getBytes(UTF_8), "svg",
				"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes(UTF_8), "over 20 MB",
				noise(Arrays.copyOf(jpeg, 1024), 21 * 1024 * 1024));
		Map<String, String> guests = new java.util.HashMap<>();
		for (Map.Entry<String, byte[]> content : contents.entrySet()) {
			SimulatedGuest guest = guest("en");
			String messageId = SignedWebhook.newMessageId();
			this.ledger.putContent(messageId, new SimulatorLedger.Content(content.getValue(), "image/jpeg"));
			send(SignedWebhook
				.body(SignedWebhook.event("image", Map.of("userId", guest.userId(), "messageId", messageId))));
			guests.put(content.getKey(), guest.userId() + "/" + messageId);
		}
		SimulatedGuest missing = guest("en");
		String missingId = SignedWebhook.newMessageId();
		send(SignedWebhook
			.body(SignedWebhook.event("image", Map.of("userId", missing.userId(), "messageId", missingId))));
		guests.put("content missing at LINE", missing.userId() + "/" + missingId);

		for (Map.Entry<String, String> sent : guests.entrySet()) {
			String[] key = sent.getValue().split("/");
			Photo photo = awaitPhoto(key[0], key[1], (p) -> p.status().finished() && p.answered());
			assertThat(photo.status()).as(sent.getKey()).isEqualTo(PhotoStatus.FAILED);
			assertThat(photo.problem()).as(sent.getKey()).isNotNull();
			String answer = awaitBotMessages(key[0], 1).getFirst().message().path("text").asText();
			assertThat(answer).as(sent.getKey()).containsAnyOf("JPEG or PNG", "too large", "try again", "Sorry");
		}
	}

	@AfterAll
	static void theAppIsStillHealthy() throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			HttpResponse<String> health = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).contains("\"status\":\"UP\"");
		}
	}

	private static String signature(byte[] body, Signing signing) {
		SignedWebhook ours = new SignedWebhook(SECRET);
		return switch (signing) {
			case VALID -> ours.sign(body);
			case NONE -> null;
			case EMPTY -> "";
			case OTHER_SECRET -> new SignedWebhook("another-secret").sign(body);
			case NOT_BASE64 -> "***not base64***";
			case TRUNCATED -> ours.sign(body).substring(0, 10);
			case OF_ANOTHER_BODY -> ours.sign("{\"events\":[ ]}".getBytes(UTF_8));
		};
	}

	private static byte[] noise(byte[] head, int size) {
		byte[] bytes = Arrays.copyOf(head, size);
		new java.util.Random(7).nextBytes(Arrays.copyOfRange(bytes, head.length, size));
		for (int i = head.length; i < size; i++) {
			bytes[i] = (byte) (i * 31);
		}
		return bytes;
	}

	private static String abbreviate(String text) {
		return (text.length() > 30) ? text.substring(0, 30) + "..." : text;
	}

}
