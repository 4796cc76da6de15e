package com.happinessscouter.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.happinessscouter.line.LineProperties;
import com.linecorp.bot.parser.LineSignatureValidator;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Builds real webhook payloads as LINE sends them, signs them with the channel secret and
 * posts them to the app's {@code /callback}, as LINE's platform would.
 */
public class WebhookSender {

	private final ObjectMapper json = new ObjectMapper();

	private final LineSignatureValidator signer;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final SimulatorLedger ledger;

	private final Clock clock;

	private final Supplier<URI> callback;

	public WebhookSender(LineProperties line, SimulatorLedger ledger, Clock clock, Supplier<URI> callback) {
		this.signer = new LineSignatureValidator(line.channelSecret().getBytes(UTF_8));
		this.ledger = ledger;
		this.clock = clock;
		this.callback = callback;
	}

	/** Sends a photo as the guest; returns the webhook's HTTP status. */
	public int sendPhoto(SimulatedGuest guest, byte[] bytes, String contentType) {
		String messageId = newMessageId();
		this.ledger.putContent(messageId, new SimulatorLedger.Content(bytes, contentType));
		this.ledger.record(guest.userId(), true, this.json.createObjectNode().put("type", "image").put("id", messageId),
				"webhook");
		return send(guest, "message",
				(event) -> event.putObject("message")
					.put("type", "image")
					.put("id", messageId)
					.putObject("contentProvider")
					.put("type", "line"));
	}

	public int sendText(SimulatedGuest guest, String text) {
		this.ledger.record(guest.userId(), true, this.json.createObjectNode().put("type", "text").put("text", text),
				"webhook");
		return send(guest, "message",
				(event) -> event.putObject("message").put("type", "text").put("id", newMessageId()).put("text", text));
	}

	public int follow(SimulatedGuest guest) {
		return send(guest, "follow", (event) -> event.putObject("follow").put("isUnblocked", false));
	}

	private int send(SimulatedGuest guest, String type, Consumer<ObjectNode> details) {
		String replyToken = newToken();
		this.ledger.issueReplyToken(replyToken, guest.userId());
		ObjectNode body = this.json.createObjectNode().put("destination", "Usimulatorbot");
		ObjectNode event = body.putArray("events").addObject();
		event.put("type", type)
			.put("mode", "active")
			.put("timestamp", this.clock.millis())
			.put("webhookEventId", newToken())
			.put("replyToken", replyToken);
		event.putObject("source").put("type", "user").put("userId", guest.userId());
		event.putObject("deliveryContext").put("isRedelivery", false);
		details.accept(event);
		return post(body.toString().getBytes(UTF_8));
	}

	/** Posts a raw body, signed; used by the page and by tests. */
	public int post(byte[] body) {
		String signature = Base64.getEncoder().encodeToString(this.signer.generateSignature(body));
		HttpRequest request = HttpRequest.newBuilder(this.callback.get())
			.header("Content-Type", "application/json")
			.header("X-Line-Signature", signature)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	private static String newMessageId() {
		return Long.toString(ThreadLocalRandom.current().nextLong(100_000_000_000_000L, 999_999_999_999_999L));
	}

	private static String newToken() {
		return java.util.UUID.randomUUID().toString().replace("-", "");
	}

}
