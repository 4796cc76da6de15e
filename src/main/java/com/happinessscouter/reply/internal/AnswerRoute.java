package com.happinessscouter.reply.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import com.happinessscouter.line.Delivery;
import com.happinessscouter.webhook.EventContext;

/**
 * The way an answer goes out, decided before LINE is called: the free reply while the
 * token is young, else a push while more than the reserve remains, else held (or nothing
 * where pushing is not allowed).
 */
public final class AnswerRoute {

	private AnswerRoute() {
	}

	/**
	 * The way to try first.
	 * @param context the event answered
	 * @param now the time now
	 * @param replyTokenMaxAge a token this old or older is not used
	 * @param mayPush whether a push may replace the reply
	 * @param pushAllowed whether the quota allows a push; asked only when it matters
	 */
	public static Delivery first(EventContext context, Instant now, Duration replyTokenMaxAge, boolean mayPush,
			BooleanSupplier pushAllowed) {
		return context.replyTokenUsable(now, replyTokenMaxAge) ? Delivery.REPLY : withoutReply(mayPush, pushAllowed);
	}

	/** The way when the reply token is unusable or LINE refused it. */
	public static Delivery withoutReply(boolean mayPush, BooleanSupplier pushAllowed) {
		if (!mayPush) {
			return Delivery.NONE;
		}
		return pushAllowed.getAsBoolean() ? Delivery.PUSH : Delivery.HELD;
	}

}
