package com.happinessscouter.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.happinessscouter.images.TestImages;
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

	/**
	 * External content URLs that point inside: refused before any connection (no outside
	 * network is needed).
	 */
	private static final List<String> EXTERNAL_URLS = List.of("http://127.0.0.1:9/photo.jpg",
			"https://localhost:9/photo.jpg", "https://169.254.169.254/latest/meta-data/", "https://[::1]/photo.jpg",
			"https://10.0.0.1/photo.jpg", "https://100.64.0.1/photo.jpg");

	/** Contents refused before anything is stored. */
	private static final List<String> NOTHING_STORED = List.of("html", "svg", "over 20 MB", "bomb:", "content missing",
			"external ");

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
		String twoMegabytes = "{\"events\":[],\"pad\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
		for (Signing signing : Signing.values()) {
			// a missing or malformed signature is refused before the size or the body
			boolean wellFormed = signing == Signing.VALID || signing == Signing.OTHER_SECRET
					|| signing == Signing.OF_ANOTHER_BODY;
			cases.add(Arguments.of("2 MB body, signature " + signing, twoMegabytes, signing, "application/json",
					wellFormed ? 413 : 400));
		}
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
		Map<String, String> sent = new HashMap<>();
		hostileContents().forEach((name, bytes) -> {
			String messageId = SignedWebhook.newMessageId();
			this.ledger.putContent(messageId, new SimulatorLedger.Content(bytes, "image/jpeg"));
			sent.put(name, sendImage("image", Map.of("messageId", messageId)));
		});
		sent.put("content missing at LINE", sendImage("image", Map.of()));
		EXTERNAL_URLS.forEach((url) -> sent.put("external " + url, sendImage("image-external", Map.of("url", url))));

		for (Map.Entry<String, String> one : sent.entrySet()) {
			String[] key = one.getValue().split("/");
			Photo photo = awaitPhoto(key[0], key[1], (p) -> p.status().finished() && p.answered());
			assertThat(photo.status()).as(one.getKey()).isEqualTo(PhotoStatus.FAILED);
			assertThat(photo.problem()).as(one.getKey()).isNotNull();
			if (NOTHING_STORED.stream().anyMatch(one.getKey()::startsWith)) {
				assertThat(photo.s3Key()).as(one.getKey() + ": nothing stored").isNull();
			}
			String answer = awaitBotMessages(key[0], 1).getFirst().message().path("text").asText();
			assertThat(answer).as(one.getKey()).containsAnyOf("JPEG or PNG", "too large", "try again", "Sorry");
		}
	}

	private static Map<String, byte[]> hostileContents() {
		byte[] jpeg = SignedWebhook.bytes("/photos/grace_hopper_512x512.jpg");
		byte[] png = SignedWebhook.bytes("/photos/grace_hopper_alpha.png");
		Map<String, byte[]> contents = new HashMap<>();
		contents.put("zero bytes", new byte[0]);
		contents.put("truncated jpeg", Arrays.copyOf(jpeg, jpeg.length / 3));
		contents.put("jpeg header only", Arrays.copyOf(jpeg, 20));
		contents.put("png header and noise", noise(Arrays.copyOf(png, 64), 4096));
		contents.put("html", "<html><body>hi</body></html>".getBytes(UTF_8));
		contents.put("svg", "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes(UTF_8));
		contents.put("over 20 MB", noise(Arrays.copyOf(jpeg, 1024), 21 * 1024 * 1024));
		contents.put("bomb: progressive jpeg 65500x65500", TestImages.progressiveBomb(65_500, 65_500));
		contents.put("bomb: baseline jpeg 65500x65500", TestImages.jpeg(65_500, 65_500));
		contents.put("bomb: png 100000x100000", TestImages.png(100_000, 100_000));
		return contents;
	}

	/**
	 * A guest sends one image event from the fixture; returns {@code userId/messageId}.
	 */
	private String sendImage(String fixture, Map<String, String> values) {
		SimulatedGuest guest = guest("en");
		Map<String, String> all = new HashMap<>(values);
		all.put("userId", guest.userId());
		all.putIfAbsent("messageId", SignedWebhook.newMessageId());
		send(SignedWebhook.body(SignedWebhook.event(fixture, all)));
		return guest.userId() + "/" + all.get("messageId");
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
