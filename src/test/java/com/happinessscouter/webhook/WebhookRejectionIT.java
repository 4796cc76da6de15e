package com.happinessscouter.webhook;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.happinessscouter.simulator.SimulatedGuest;
import com.happinessscouter.support.Holds;
import com.happinessscouter.support.ScouterIT;
import com.happinessscouter.support.SignedWebhook;
import com.happinessscouter.support.SlowClient;
import com.happinessscouter.webhook.inbox.InboxProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the webhook refuses, and that refusing stores and sends nothing. */
class WebhookRejectionIT extends ScouterIT {

	private static final Duration SOON = Duration.ofSeconds(3);

	@Autowired
	MeterRegistry meters;

	@Autowired
	InboxProperties properties;

	@Test
	void badMissingOrGarbledSignaturesAreRejectedAndNothingHappens() {
		SimulatedGuest guest = guest("ja");
		String messageId = photoOnLine("/photos/grace_hopper_512x512.jpg", "image/jpeg");
		byte[] body = SignedWebhook
			.body(SignedWebhook.event("image", Map.of("userId", guest.userId(), "messageId", messageId)))
			.getBytes(UTF_8);
		double failuresBefore = signatureFailures();
		SignedWebhook webhook = webhook();
		String otherChannels = new SignedWebhook("another-channel-secret").sign(body);

		assertThat(webhook.post(callback(), body, otherChannels).statusCode()).isEqualTo(400);
		assertThat(webhook.post(callback(), body, null).statusCode()).isEqualTo(400);
		assertThat(webhook.post(callback(), body, "not base64 at all!").statusCode()).isEqualTo(400);
		assertThat(webhook.post(callback(), body, "").statusCode()).isEqualTo(400);
		byte[] tampered = new String(body, UTF_8).replace("image", "video").getBytes(UTF_8);
		assertThat(webhook.post(callback(), tampered, webhook.sign(body)).statusCode()).isEqualTo(400);

		assertThat(signatureFailures() - failuresBefore).isEqualTo(5);
		Holds.throughout(Duration.ofSeconds(2), () -> {
			assertThat(photo(guest.userId(), messageId)).isEmpty();
			assertThat(this.ledger.botMessages(guest.userId())).isEmpty();
		});
	}

	@Test
	void urlVerificationWithNoEventsIsAcknowledged() {
		assertThat(send("{\"destination\":\"U0123456789abcdef0123456789abcdef\",\"events\":[]}")).isEqualTo(200);
	}

	@Test
	void bodiesOverOneMegabyteAreRefused() {
		String padding = "x".repeat(1024 * 1024);
		String body = "{\"events\":[],\"padding\":\"" + padding + "\"}";
		HttpResponse<String> response = webhook().post(callback(), body.getBytes(UTF_8),
				webhook().sign(body.getBytes(UTF_8)));
		assertThat(response.statusCode()).isEqualTo(413);
	}

	@Test
	void signedButMalformedBodiesAreBadRequests() {
		assertThat(send("{\"events\": 42}")).isEqualTo(400);
		assertThat(send("not json")).isEqualTo(400);
	}

	@Test
	void missingOrMalformedSignature_isRefusedBeforeTheBodyArrives() {
		for (String signature : new String[] { null, "", "not base64 at all!", "c2hvcnQ=", "x".repeat(5000) }) {
			try (SlowClient client = SlowClient.post(PORT, "/callback", signature, 100_000, 10)) {
				assertThat(client.status(SOON)).as("signature %s", signature).isEqualTo(400);
			}
		}
	}

	@Test
	void readsBeyondTheLimit_areAnswered503UntilOneEnds() {
		int limit = this.properties.concurrentReads();
		List<SlowClient> slow = new ArrayList<>();
		try {
			for (int i = 0; i < limit; i++) {
				slow.add(SlowClient.post(PORT, "/callback", wellFormedSignature(), 100_000, 10));
			}
			await().atMost(PATIENCE).until(() -> bodyReads() == limit);
			assertThat(send("{\"events\":[]}")).isEqualTo(503);
		}
		finally {
			slow.forEach(SlowClient::close);
		}
		await().atMost(PATIENCE).until(() -> bodyReads() == 0);
		assertThat(send("{\"events\":[]}")).isEqualTo(200);
	}

	@Test
	void aBodyTricklingPastTheReadTimeout_isCutOffWith408() {
		try (SlowClient client = SlowClient.post(PORT, "/callback", wellFormedSignature(), 100_000, 10)) {
			Thread.ofVirtual().start(() -> {
				while (client.trickle(Duration.ofMillis(200))) {
					// one byte each 200 ms: never idle long enough for the socket timeout
				}
			});
			assertThat(client.status(this.properties.readTimeout().plusSeconds(5))).isEqualTo(408);
		}
	}

	private double bodyReads() {
		return this.meters.get("app.webhook.body.reads").gauge().value();
	}

	private static String wellFormedSignature() {
		byte[] hmac = new byte[32];
		ThreadLocalRandom.current().nextBytes(hmac);
		return Base64.getEncoder().encodeToString(hmac);
	}

	private double signatureFailures() {
		return this.meters.counter("app.webhook.signature.failures").count();
	}

}
