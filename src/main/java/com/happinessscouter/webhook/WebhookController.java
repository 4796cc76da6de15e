package com.happinessscouter.webhook;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.happinessscouter.webhook.inbox.EventCodec;
import com.happinessscouter.webhook.inbox.WebhookIntake;
import com.linecorp.bot.parser.LineSignatureValidator;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /callback}: LINE's webhook. The signature is checked on the raw bytes
 * before anything is parsed; the answer comes once the events are recorded, before any
 * work on them.
 */
@RestController
class WebhookController {

	static final int MAX_BODY_BYTES = 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

	private final LineSignatureValidator signatures;

	private final EventCodec codec;

	private final WebhookIntake intake;

	private final MeterRegistry meters;

	WebhookController(LineSignatureValidator signatures, EventCodec codec, WebhookIntake intake, MeterRegistry meters) {
		this.signatures = signatures;
		this.codec = codec;
		this.intake = intake;
		this.meters = meters;
	}

	@PostMapping("/callback")
	ResponseEntity<String> callback(@RequestHeader(name = "X-Line-Signature", required = false) String signature,
			HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			return answer(HttpStatus.CONTENT_TOO_LARGE, "too_large");
		}
		byte[] body = readBody(request.getInputStream());
		if (body == null) {
			return answer(HttpStatus.CONTENT_TOO_LARGE, "too_large");
		}
		if (!signatureValid(body, signature)) {
			this.meters.counter("app.webhook.signature.failures").increment();
			return answer(HttpStatus.BAD_REQUEST, "bad_signature");
		}
		JsonNode events = events(body);
		if (events == null) {
			return answer(HttpStatus.BAD_REQUEST, "bad_body");
		}
		try {
			this.intake.accept(events);
		}
		catch (RuntimeException storeDown) {
			log.error("webhook events not recorded; LINE may redeliver: {}", storeDown.toString());
			return answer(HttpStatus.SERVICE_UNAVAILABLE, "not_recorded");
		}
		return answer(HttpStatus.OK, events.isEmpty() ? "verification" : "accepted");
	}

	private boolean signatureValid(byte[] body, String signature) {
		if (signature == null || signature.isBlank()) {
			return false;
		}
		try {
			return this.signatures.validateSignature(body, signature);
		}
		catch (IllegalArgumentException notBase64) {
			return false;
		}
	}

	private JsonNode events(byte[] body) {
		try {
			JsonNode events = this.codec.tree(body).get("events");
			return (events != null && events.isArray()) ? events : null;
		}
		catch (IOException | RuntimeException ex) {
			log.info("webhook body rejected: {}", ex.getMessage());
			return null;
		}
	}

	private ResponseEntity<String> answer(HttpStatus status, String outcome) {
		this.meters.counter("app.webhook.requests", "outcome", outcome).increment();
		return ResponseEntity.status(status).body(status.is2xxSuccessful() ? "OK" : outcome);
	}

	/**
	 * @return the body, or {@code null} when it is larger than {@value #MAX_BODY_BYTES}
	 * bytes
	 */
	private static byte[] readBody(InputStream in) throws IOException {
		byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
		return (body.length > MAX_BODY_BYTES) ? null : body;
	}

}
