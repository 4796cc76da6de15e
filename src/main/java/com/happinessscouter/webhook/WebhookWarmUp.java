package com.happinessscouter.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.happinessscouter.webhook.inbox.EventCodec;
import com.happinessscouter.webhook.inbox.EventInbox;
import com.happinessscouter.webhook.inbox.InboxProperties;
import com.linecorp.bot.parser.LineSignatureValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Warms the webhook when the app starts, before it reports ready (runners finish before
 * the readiness state turns to accepting traffic): {@code app.webhook.warm-up-requests}
 * rounds, each a signed verification request (no events) to its own {@code /callback},
 * the decoding of a sample of events (nothing recorded) and a table put through the ack's
 * connections that stores nothing. A cold JVM answered its first webhooks in 0.2-0.4 s.
 * And the JIT compiles a method at its top tier only after thousands of calls: with 20
 * rounds the ack still ran on C1's slower code through a whole 600-photo burst (p50 22
 * ms, p99 56-67 ms in the app); with 1,000 rounds (about 19 s on 2 cores) it starts on
 * C2's (p50 11 ms, p99 34 ms). Best effort: a failure is logged and the app starts
 * anyway. The container image's AOT cache is trained on the same rounds
 * ({@code --aot-train}), where no table can be reached: the rounds then go on without
 * their put.
 */
@Component
class WebhookWarmUp implements ApplicationRunner {

	static final byte[] VERIFICATION = "{\"destination\":\"warm-up\",\"events\":[]}".getBytes(StandardCharsets.UTF_8);

	/**
	 * One event of each kind guests send most, read (not recorded) to warm the decoder.
	 */
	static final String SAMPLE_EVENTS = """
			[{"type":"message","mode":"active","timestamp":0,"webhookEventId":"warm-up-1","replyToken":"warm-up",
			  "deliveryContext":{"isRedelivery":false},"source":{"type":"user","userId":"U0"},
			  "message":{"type":"image","id":"0","contentProvider":{"type":"line"}}},
			 {"type":"message","mode":"active","timestamp":0,"webhookEventId":"warm-up-2","replyToken":"warm-up",
			  "deliveryContext":{"isRedelivery":false},"source":{"type":"user","userId":"U0"},
			  "message":{"type":"text","id":"0","text":"warm-up"}},
			 {"type":"follow","mode":"active","timestamp":0,"webhookEventId":"warm-up-3","replyToken":"warm-up",
			  "deliveryContext":{"isRedelivery":false},"source":{"type":"user","userId":"U0"},
			  "follow":{"isUnblocked":false}}]""";

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(WebhookWarmUp.class);

	private final LineSignatureValidator signatures;

	private final EventInbox inbox;

	private final EventCodec codec;

	private final Environment environment;

	private final Clock clock;

	private final int requests;

	WebhookWarmUp(LineSignatureValidator signatures, EventInbox inbox, EventCodec codec, Environment environment,
			Clock clock, InboxProperties properties) {
		this.signatures = signatures;
		this.inbox = inbox;
		this.codec = codec;
		this.environment = environment;
		this.clock = clock;
		this.requests = properties.warmUpRequests();
	}

	@Override
	public void run(ApplicationArguments args) {
		int port = this.environment.getProperty("local.server.port", Integer.class, 0);
		if (this.requests == 0 || port <= 0) {
			return;
		}
		long started = System.nanoTime();
		URI callback = URI.create("http://localhost:" + port
				+ this.environment.getProperty("server.servlet.context-path", "") + "/callback");
		HttpRequest request = HttpRequest.newBuilder(callback)
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.header("X-Line-Signature",
					Base64.getEncoder().encodeToString(this.signatures.generateSignature(VERIFICATION)))
			.POST(HttpRequest.BodyPublishers.ofByteArray(VERIFICATION))
			.build();
		byte[] samples = SAMPLE_EVENTS.getBytes(StandardCharsets.UTF_8);
		int answered = 0;
		boolean store = true;
		try (HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()) {
			for (int i = 0; i < this.requests; i++) {
				if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					answered++;
				}
				for (JsonNode event : this.codec.tree(samples)) {
					this.codec.decode(event);
				}
				store = store && put();
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("webhook warm-up stopped early: {}", ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		log.info("Webhook warmed up in {} ms: {} of {} rounds' verification requests answered 200",
				Duration.ofNanos(System.nanoTime() - started).toMillis(), answered, this.requests);
	}

	/**
	 * The round's table put; {@code false} when the table cannot be reached (the
	 * remaining rounds go on without it: the AOT cache's training run has no table).
	 */
	private boolean put() {
		try {
			this.inbox.warmUp(this.clock.instant());
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("webhook warm-up goes on without its table put: {}", ex.toString());
			return false;
		}
	}

}
