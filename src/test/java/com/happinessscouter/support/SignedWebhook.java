package com.happinessscouter.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.linecorp.bot.parser.LineSignatureValidator;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * LINE webhook bodies built from the JSON fixtures under
 * {@code src/test/resources/webhook} ({@code ${name}} placeholders filled in), signed
 * with the channel secret exactly as LINE signs them, and posted to a {@code /callback}.
 */
public final class SignedWebhook {

	private final LineSignatureValidator signer;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	public SignedWebhook(String channelSecret) {
		this.signer = new LineSignatureValidator(channelSecret.getBytes(UTF_8));
	}

	/** One event from a fixture; unset placeholders get fresh LINE-like values. */
	public static String event(String fixture, Map<String, ?> values) {
		Map<String, Object> all = new HashMap<>();
		all.put("eventId", "01" + UUID.randomUUID().toString().replace("-", "").toUpperCase());
		all.put("replyToken", UUID.randomUUID().toString().replace("-", ""));
		all.put("timestamp", System.currentTimeMillis());
		all.put("messageId", newMessageId());
		all.put("redelivery", false);
		all.putAll(values);
		String text = resource("/webhook/" + fixture + ".json");
		for (Map.Entry<String, Object> value : all.entrySet()) {
			text = text.replace("${" + value.getKey() + "}", String.valueOf(value.getValue()));
		}
		if (text.contains("${")) {
			throw new IllegalArgumentException("Unfilled placeholder in " + fixture + ": " + text);
		}
		return text;
	}

	/** A webhook body carrying these events. */
	public static String body(List<String> events) {
		return "{\"destination\":\"U0123456789abcdef0123456789abcdef\",\"events\":[" + String.join(",", events) + "]}";
	}

	public static String body(String event) {
		return body(List.of(event));
	}

	public static String newMessageId() {
		return Long.toString(ThreadLocalRandom.current().nextLong(100_000_000_000_000L, 999_999_999_999_999L));
	}

	public static String newUserId() {
		byte[] bytes = new byte[16];
		ThreadLocalRandom.current().nextBytes(bytes);
		return "U" + HexFormat.of().formatHex(bytes);
	}

	public String sign(byte[] body) {
		return Base64.getEncoder().encodeToString(this.signer.generateSignature(body));
	}

	/** Posts the body with a valid signature; returns the HTTP status. */
	public int post(URI callback, String body) {
		byte[] bytes = body.getBytes(UTF_8);
		return post(callback, bytes, sign(bytes)).statusCode();
	}

	/** Posts the body with the given signature header ({@code null}: none). */
	public HttpResponse<String> post(URI callback, byte[] body, String signature) {
		HttpRequest.Builder request = HttpRequest.newBuilder(callback)
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (signature != null) {
			request.header("X-Line-Signature", signature);
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static byte[] bytes(String resource) {
		try (InputStream in = SignedWebhook.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No test resource " + resource);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String resource(String name) {
		return new String(bytes(name), UTF_8);
	}

}
