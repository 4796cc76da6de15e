package com.happinessscouter.webhook.inbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.happinessscouter.webhook.GuestEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Records each event of a verified webhook body once and starts work on it when there is
 * room. Costs one conditional write per event: no download, analysis or LINE call on this
 * path.
 */
@Component
public class WebhookIntake {

	private static final Logger log = LoggerFactory.getLogger(WebhookIntake.class);

	private final EventInbox inbox;

	private final InboxWorker worker;

	private final EventCodec codec;

	private final Clock clock;

	private final Counter duplicates;

	private final Counter ignored;

	WebhookIntake(EventInbox inbox, InboxWorker worker, EventCodec codec, Clock clock, MeterRegistry meters) {
		this.inbox = inbox;
		this.worker = worker;
		this.codec = codec;
		this.clock = clock;
		this.duplicates = Counter.builder("app.webhook.events.duplicate")
			.description("Webhook events recognised as already recorded (redeliveries)")
			.register(meters);
		this.ignored = Counter.builder("app.webhook.events.ignored")
			.description("Webhook events the bot does not act on (standby, unknown types)")
			.register(meters);
	}

	/**
	 * @param events the {@code events} array of a verified body
	 */
	public void accept(JsonNode events) {
		for (JsonNode event : events) {
			acceptOne(event);
		}
	}

	private void acceptOne(JsonNode event) {
		GuestEvent guestEvent = decodeOrNull(event);
		if (guestEvent == null) {
			this.ignored.increment();
			return;
		}
		String eventId = eventId(event);
		String payload = event.toString();
		Instant now = this.clock.instant();
		boolean reserved = this.worker.tryReserve();
		try {
			Instant due = reserved ? now.plus(this.worker.lease()) : now;
			String type = guestEvent.getClass().getSimpleName();
			if (!this.inbox.record(eventId, type, guestEvent.context().userId(), payload, now, due)) {
				this.duplicates.increment();
				release(reserved);
				return;
			}
		}
		catch (RuntimeException ex) {
			release(reserved);
			throw ex;
		}
		if (reserved) {
			this.worker.submit(new InboxEntry(eventId, payload, now, 0, EventInbox.dueKey(now, eventId)), guestEvent);
		}
	}

	private GuestEvent decodeOrNull(JsonNode event) {
		try {
			return this.codec.decode(event);
		}
		catch (RuntimeException malformed) {
			log.info("webhook event ignored, not readable as a LINE event: {}", malformed.getMessage());
			return null;
		}
	}

	private void release(boolean reserved) {
		if (reserved) {
			this.worker.release();
		}
	}

	/** LINE's id, or for old-style events without one, a digest of the event itself. */
	private static String eventId(JsonNode event) {
		JsonNode id = event.get("webhookEventId");
		if (id != null && id.isTextual() && !id.asText().isBlank()) {
			return id.asText();
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(event.toString().getBytes(StandardCharsets.UTF_8));
			return "sha256-" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
