package com.happinessscouter.reply;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import com.happinessscouter.line.Delivery;
import com.happinessscouter.reply.internal.AnswerRoute;
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
 * The reply module's delivery service: sends an answer for an event: with the reply token
 * while it is young (free), else — or when LINE refuses the token — as a push whose retry
 * key is derived from the event, so a retried answer is never delivered twice.
 */
@Component
public class Answerer {

	private static final Logger log = LoggerFactory.getLogger(Answerer.class);

	private final LineMessenger messenger;

	private final Throttle throttle;

	private final ReplyProperties properties;

	private final Clock clock;

	private final MeterRegistry meters;

	Answerer(LineMessenger messenger, Throttle throttle, ReplyProperties properties, Clock clock,
			MeterRegistry meters) {
		this.messenger = messenger;
		this.throttle = throttle;
		this.properties = properties;
		this.clock = clock;
		this.meters = meters;
	}

	/** The language to answer this guest in. */
	public Locale locale(EventContext context) {
		return BotTexts.forLanguage(this.messenger.guest(context.userId()).language());
	}

	/**
	 * @return how it went out: {@link Delivery#REPLY}, {@link Delivery#PUSH}, or
	 * {@link Delivery#HELD} when the push quota is at its reserve or spent (the result
	 * waits on the leaderboard and console)
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

	private Delivery answer(EventContext context, List<Message> messages, boolean mayPush) {
		BooleanSupplier pushAllowed = this.throttle::pushAllowed;
		Delivery route = AnswerRoute.first(context, this.clock.instant(), this.properties.replyTokenMaxAge(), mayPush,
				pushAllowed);
		if (route == Delivery.REPLY) {
			try {
				this.messenger.reply(context.replyToken(), messages);
				delay(context, Delivery.REPLY);
				return sent(Delivery.REPLY);
			}
			catch (LineApiException ex) {
				if (!ex.badRequest()) {
					throw ex;
				}
				log.info("reply token of {} refused, pushing instead", context.webhookEventId());
			}
			route = AnswerRoute.withoutReply(mayPush, pushAllowed);
		}
		if (route == Delivery.NONE) {
			log.info("no answer to {}: reply token unusable and pushing is not allowed here", context.webhookEventId());
			return sent(Delivery.NONE);
		}
		if (route == Delivery.HELD) {
			log.warn("answer to {} held: LINE push quota is at its reserve", context.webhookEventId());
			return sent(Delivery.HELD);
		}
		return push(context, messages);
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
			return sent(Delivery.HELD);
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
