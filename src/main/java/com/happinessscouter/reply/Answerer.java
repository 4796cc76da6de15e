package com.happinessscouter.reply;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.happinessscouter.line.Delivery;
import com.happinessscouter.reply.internal.AnswerRoute;
import com.happinessscouter.reply.internal.PendingResults;
import com.happinessscouter.reply.internal.TapHolder;
import com.happinessscouter.submission.Submissions;
import com.happinessscouter.webhook.GuestQueue;
import com.happinessscouter.webhook.ReplyTokens;
import com.happinessscouter.line.LineApiException;
import com.happinessscouter.line.LineMessenger;
import com.happinessscouter.quota.Throttle;
import com.happinessscouter.webhook.EventContext;
import com.linecorp.bot.messaging.model.Message;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The reply module's delivery service, where every answer goes out: with the event's
 * reply token while it is young and unspent (free), carrying the guest's pending results
 * first (claimed right before, within LINE's five messages per reply); else — the token
 * is too old, was spent on a "please wait" reply, or LINE refused it — the answer is
 * pushed when an admin chose to push late results and more than the reserve remains (with
 * a retry key derived from the event, so a retried answer is never delivered twice), or
 * waits as {@link Delivery#PENDING} for the guest's next message.
 */
@Component
public class Answerer {

	private static final Logger log = LoggerFactory.getLogger(Answerer.class);

	/** LINE's limit of messages in one reply. */
	public static final int MESSAGES_PER_REPLY = 5;

	private final LineMessenger messenger;

	private final Throttle throttle;

	private final ReplyProperties properties;

	private final ReplyTokens tokens;

	private final PendingResults pending;

	private final Submissions submissions;

	private final TapHolder tapHolder;

	private final Clock clock;

	private final MeterRegistry meters;

	Answerer(LineMessenger messenger, Throttle throttle, ReplyProperties properties, ReplyTokens tokens,
			PendingResults pending, Submissions submissions, TapHolder tapHolder, Clock clock, MeterRegistry meters) {
		this.tapHolder = tapHolder;
		this.messenger = messenger;
		this.throttle = throttle;
		this.properties = properties;
		this.tokens = tokens;
		this.pending = pending;
		this.submissions = submissions;
		this.clock = clock;
		this.meters = meters;
	}

	/** The language to answer this guest in. */
	public Locale locale(EventContext context) {
		return BotTexts.forLanguage(this.messenger.guest(context.userId()).language());
	}

	/**
	 * @return how it went out: {@link Delivery#REPLY}, {@link Delivery#PUSH}, or
	 * {@link Delivery#PENDING} when it must wait for the guest's next message (the caller
	 * records that on the photo)
	 */
	public Delivery answer(EventContext context, List<Message> messages) {
		return answer(context, messages, true);
	}

	/**
	 * Answers only through the free reply API (busy mode): nothing is pushed.
	 * @return {@code REPLY}, or {@code NONE} when the reply token could not be used
	 */
	public Delivery replyOnly(EventContext context, List<Message> messages) {
		return answer(context, messages, false);
	}

	/**
	 * Replies with a token already taken from {@link ReplyTokens} (the "please wait"
	 * reply), with the guest's pending results.
	 * @return {@code REPLY}, or {@code NONE} when the token could not be used
	 */
	public Delivery replyWithTakenToken(EventContext context, List<Message> messages) {
		boolean young = context.replyTokenUsable(this.clock.instant(), this.properties.replyTokenMaxAge());
		return sent((young && reply(context, messages)) ? Delivery.REPLY : Delivery.NONE);
	}

	/** A reply token this old is no longer used. */
	public Duration replyTokenMaxAge() {
		return this.properties.replyTokenMaxAge();
	}

	/** Whether the guest has results waiting, or photos still being worked on. */
	public Waiting waiting(String userId) {
		return new Waiting(this.submissions.pending(userId).size(), this.submissions.inProgress(userId));
	}

	/**
	 * @param pending results waiting for the guest's next message
	 * @param inProgress photos sent but not yet answered
	 */
	public record Waiting(int pending, int inProgress) {
	}

	private Delivery answer(EventContext context, List<Message> messages, boolean mayPush) {
		Delivery route = AnswerRoute.first(context, this.clock.instant(), this.properties.replyTokenMaxAge(), mayPush,
				this.throttle::pushLateResults, this.throttle::pushAllowed);
		if (route == Delivery.REPLY) {
			if (this.tokens.take(context.webhookEventId()) && reply(context, messages)) {
				return sent(Delivery.REPLY);
			}
			route = AnswerRoute.withoutReply(mayPush, this.throttle::pushLateResults, this.throttle::pushAllowed);
		}
		if (mayPush && onHeldTap(context.userId(), messages)) {
			return sent(Delivery.REPLY);
		}
		if (route == Delivery.NONE) {
			log.info("no answer to {}: reply token unusable and pushing is not allowed here", context.webhookEventId());
			return sent(Delivery.NONE);
		}
		if (route == Delivery.PENDING) {
			log.info("answer to {} waits for the guest's next message", context.webhookEventId());
			return sent(Delivery.PENDING);
		}
		return push(context, messages);
	}

	/**
	 * Answers on the token of the guest's 結果を見る tap held for this result, if there is one
	 * still young and this is the guest's last photo in progress (else the result waits
	 * and the last one carries it: one tap, every result).
	 */
	private boolean onHeldTap(String userId, List<Message> messages) {
		if (this.submissions.inProgress(userId) > 1) {
			return false;
		}
		EventContext tap = this.submissions.takeHeldTap(userId).orElse(null);
		return tap != null && tap.replyTokenUsable(this.clock.instant(), this.properties.replyTokenMaxAge())
				&& this.tokens.take(tap.webhookEventId()) && reply(tap, messages);
	}

	/**
	 * Holds a 結果を見る tap for the guest's photo still in progress when it is expected in
	 * time ({@link TapHolder}).
	 * @return whether it was held: its answer comes with the result
	 */
	public boolean holdForResult(EventContext tap, Optional<GuestQueue.Wait> wait) {
		return this.tapHolder.hold(tap, wait);
	}

	/**
	 * Replies with the guest's pending results and then {@code messages}.
	 * @return {@code false} when LINE refused the token
	 */
	private boolean reply(EventContext context, List<Message> messages) {
		PendingResults.Outgoing carried = this.pending.take(context.userId(), MESSAGES_PER_REPLY - messages.size(),
				locale(context));
		List<Message> all = new ArrayList<>(carried.messages());
		all.addAll(messages);
		try {
			this.messenger.reply(context.replyToken(), all);
		}
		catch (RuntimeException ex) {
			this.submissions.pendingNotSent(carried.claim());
			if (!(ex instanceof LineApiException line) || !line.badRequest()) {
				throw ex;
			}
			log.info("reply token of {} refused", context.webhookEventId());
			return false;
		}
		if (!carried.claim().isEmpty()) {
			this.submissions.pendingSent(carried.claim(), Delivery.REPLY);
			this.meters.counter("app.answers.pending.delivered").increment(carried.claim().photos().size());
		}
		delay(context, Delivery.REPLY);
		return true;
	}

	private Delivery push(EventContext context, List<Message> messages) {
		try {
			this.messenger.push(context.chatId(), messages, retryKey(context));
			delay(context, Delivery.PUSH);
		}
		catch (LineApiException ex) {
			if (!ex.monthlyLimitReached()) {
				throw ex;
			}
			this.throttle.monthlyLimitReached();
			return sent(Delivery.PENDING);
		}
		return sent(Delivery.PUSH);
	}

	private Delivery sent(Delivery via) {
		this.meters.counter("app.answers", "via", via.name().toLowerCase(Locale.ROOT)).increment();
		return via;
	}

	/** Time from the guest's message (LINE's event timestamp) to the answer leaving. */
	private void delay(EventContext context, Delivery via) {
		Timer.builder("app.answer.delay")
			.description("From the guest's message to the bot's answer")
			.tag("via", via.name().toLowerCase(Locale.ROOT))
			.publishPercentiles(0.5, 0.99)
			.register(this.meters)
			.record(Duration.between(context.occurredAt(), this.clock.instant()));
	}

	private static UUID retryKey(EventContext context) {
		return UUID.nameUUIDFromBytes(("answer:" + context.webhookEventId()).getBytes(StandardCharsets.UTF_8));
	}

}
