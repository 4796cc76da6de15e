package com.happinessscouter.reply.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import com.happinessscouter.line.Delivery;
import com.happinessscouter.webhook.EventContext;

/**
 * The way an answer goes out, decided before LINE is called: the free reply while the
 * token is young, else — where an answer may go out later at all — a push when an admin
 * chose to push late results and more than the reserve remains, else it waits as
 * {@link Delivery#PENDING} for the guest's next message (or nothing where pushing is not
 * allowed: the busy reply).
 */
public final class AnswerRoute {

	private AnswerRoute() {
	}

	/**
	 * The way to try first.
	 * @param context the event answered
	 * @param now the time now
	 * @param replyTokenMaxAge a token this old or older is not used
	 * @param mayPush whether the answer may go out later (pushed or pending)
	 * @param pushLate whether an admin chose to push late results; asked only when it
	 * matters
	 * @param quotaAllows whether more than the reserve remains; asked only when it
	 * matters
	 */
	public static Delivery first(EventContext context, Instant now, Duration replyTokenMaxAge, boolean mayPush,
			BooleanSupplier pushLate, BooleanSupplier quotaAllows) {
		return context.replyTokenUsable(now, replyTokenMaxAge) ? Delivery.REPLY
				: withoutReply(mayPush, pushLate, quotaAllows);
	}

	/** The way when the reply token is unusable, spent or LINE refused it. */
	public static Delivery withoutReply(boolean mayPush, BooleanSupplier pushLate, BooleanSupplier quotaAllows) {
		if (!mayPush) {
			return Delivery.NONE;
		}
		return (pushLate.getAsBoolean() && quotaAllows.getAsBoolean()) ? Delivery.PUSH : Delivery.PENDING;
	}

}
