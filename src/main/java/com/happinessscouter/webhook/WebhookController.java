package com.happinessscouter.webhook;

import java.io.IOException;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.happinessscouter.webhook.inbox.EventCodec;
import com.happinessscouter.webhook.inbox.InboxProperties;
import com.happinessscouter.webhook.inbox.WebhookIntake;
import com.linecorp.bot.parser.LineSignatureValidator;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /callback}: LINE's webhook. A request without a well-formed signature
 * header is refused before its body is read; bodies are read a bounded number at a time,
 * each within a deadline. The signature is checked on the raw bytes before anything is
 * parsed; the answer comes once the events are recorded, before any work on them.
 */
@RestController
class WebhookController {

	static final int MAX_BODY_BYTES = 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

	private final LineSignatureValidator signatures;

	private final EventCodec codec;

	private final WebhookIntake intake;

	/** An HMAC-SHA256: 32 bytes. */
	private static final int SIGNATURE_BYTES = 32;

	private final MeterRegistry meters;

	private final BodyReads reads;

	WebhookController(LineSignatureValidator signatures, EventCodec codec, WebhookIntake intake, MeterRegistry meters,
			InboxProperties properties) {
		this.signatures = signatures;
		this.codec = codec;
		this.intake = intake;
		this.meters = meters;
		this.reads = new BodyReads(properties.concurrentReads(), properties.readTimeout(), MAX_BODY_BYTES, meters);
	}

	@PostMapping("/callback")
	ResponseEntity<String> callback(@RequestHeader(name = "X-Line-Signature", required = false) String signature,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!wellFormed(signature)) {
			this.meters.counter("app.webhook.signature.failures").increment();
			return unread(response, HttpStatus.BAD_REQUEST, "bad_signature");
		}
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			return unread(response, HttpStatus.CONTENT_TOO_LARGE, "too_large");
		}
		if (!this.reads.tryStart()) {
			return unread(response, HttpStatus.SERVICE_UNAVAILABLE, "busy");
		}
		byte[] body;
		try {
			body = this.reads.read(request.getInputStream());
		}
		catch (BodyReads.TooLarge tooLarge) {
			return unread(response, HttpStatus.CONTENT_TOO_LARGE, "too_large");
		}
		catch (BodyReads.TooSlow tooSlow) {
			return unread(response, HttpStatus.REQUEST_TIMEOUT, "too_slow");
		}
		catch (IOException stalledOrGone) {
			// no data within the connection timeout, or the sender left: no stack trace
			// each
			return unread(response, HttpStatus.REQUEST_TIMEOUT, "broken");
		}
		finally {
			this.reads.done();
		}
		return verified(body, signature);
	}

	private ResponseEntity<String> verified(byte[] body, String signature) {
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

	/** Base64 of an HMAC-SHA256, as LINE sends it; anything else is refused unread. */
	static boolean wellFormed(String signature) {
		if (signature == null || signature.length() > 64) {
			return false;
		}
		try {
			return Base64.getDecoder().decode(signature).length == SIGNATURE_BYTES;
		}
		catch (IllegalArgumentException notBase64) {
			return false;
		}
	}

	private boolean signatureValid(byte[] body, String signature) {
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
	 * An answer sent at once, with the connection closed: the body (maybe still on its
	 * way) is not read.
	 */
	private ResponseEntity<String> unread(HttpServletResponse response, HttpStatus status, String outcome)
			throws IOException {
		response.setStatus(status.value());
		response.setHeader("Connection", "close");
		response.setContentType("text/plain");
		response.getWriter().write(outcome);
		response.flushBuffer();
		this.meters.counter("app.webhook.requests", "outcome", outcome).increment();
		return null;
	}

}
