package com.happinessscouter.reply.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import com.happinessscouter.reply.ReplyProperties;
import com.happinessscouter.submission.Submissions;
import com.happinessscouter.webhook.EventContext;
import com.happinessscouter.webhook.GuestQueue;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Holds a 結果を見る tap's reply token while the guest's photo is still being worked on, when
 * the photo is expected before the token's deadline (less the margin): whichever instance
 * finishes the photo answers on it. This instance watches the taps it holds
 * ({@link TapWatch}) and answers "still waiting" on one the photo did not make.
 */
@Component
public class TapHolder {

	private final Submissions submissions;

	private final Clock clock;

	private final Duration maxAge;

	private final Duration margin;

	private final Map<String, EventContext> watched = new ConcurrentHashMap<>();

	TapHolder(Submissions submissions, Clock clock, ReplyProperties properties,
			@Value("${app.webhook.late-notice-margin}") Duration margin) {
		this.submissions = submissions;
		this.clock = clock;
		this.maxAge = properties.replyTokenMaxAge();
		this.margin = margin;
	}

	/**
	 * Whether a tap answered by {@code deadline} is worth holding at {@code now}: its
	 * token outlives the margin, and the photo is not expected after the deadline less
	 * the margin (unknown: held, the watch answers in time).
	 */
	static boolean worthHolding(Instant now, Instant deadline, Duration margin, Optional<Duration> expected) {
		Instant lastSafe = deadline.minus(margin);
		return now.isBefore(lastSafe) && expected.map((wait) -> !now.plus(wait).isAfter(lastSafe)).orElse(true);
	}

	/**
	 * Holds the tap when it is worth it.
	 * @return whether it was held (its answer comes later)
	 */
	public boolean hold(EventContext tap, Optional<GuestQueue.Wait> wait) {
		if (tap.replyToken() == null || !worthHolding(this.clock.instant(), tap.replyDeadline(this.maxAge), this.margin,
				wait.map(GuestQueue.Wait::expected))) {
			return false;
		}
		this.submissions.holdTap(tap);
		this.watched.put(tap.userId(), tap);
		return true;
	}

	/**
	 * The taps held here whose deadline less the margin has come, or whose guest has no
	 * photo in progress any more ({@code settled}; two results finishing together both
	 * wait for the other): no longer watched.
	 */
	Map<String, EventContext> due(Predicate<String> settled) {
		Instant now = this.clock.instant();
		Map<String, EventContext> due = new java.util.HashMap<>();
		this.watched.forEach((userId, tap) -> {
			boolean late = !now.isBefore(tap.replyDeadline(this.maxAge).minus(this.margin));
			if ((late || settled.test(userId)) && this.watched.remove(userId, tap)) {
				due.put(userId, tap);
			}
		});
		return due;
	}

}
