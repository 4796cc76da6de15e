package com.happinessscouter.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Who spends an event's one reply token: its answer, or the short "please wait" reply
 * sent when the answer would come too late. Whoever uses a token takes it here first;
 * only the first taker gets it. Remembered for {@link #KEPT} (a token is dead by then).
 */
@Component
public class ReplyTokens {

	static final Duration KEPT = Duration.ofMinutes(10);

	private final Map<String, Instant> taken = new ConcurrentHashMap<>();

	private final Clock clock;

	ReplyTokens(Clock clock) {
		this.clock = clock;
	}

	/** Takes the event's reply token; {@code false} when it was taken before. */
	public boolean take(String webhookEventId) {
		return this.taken.putIfAbsent(webhookEventId, this.clock.instant().plus(KEPT)) == null;
	}

	/** Whether the event's reply token was taken. */
	public boolean taken(String webhookEventId) {
		return this.taken.containsKey(webhookEventId);
	}

	/** Forgets tokens taken long ago. */
	public void forgetOld() {
		Instant now = this.clock.instant();
		this.taken.values().removeIf(now::isAfter);
	}

}
