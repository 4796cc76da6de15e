package com.happinessscouter.reply.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import com.happinessscouter.webhook.EventContext;

/**
 * The way an answer goes out, decided before LINE is called: the free reply while the
 * token is young, else a push while more than the reserve remains, else held (or nothing
 * where pushing is not allowed).
 */
enum AnswerRoute {

	/** With the reply token (free). */
	REPLY,
	/** As a push (counts against the month's quota). */
	PUSH,
	/** Not sent: the push quota is at its reserve. */
	HELD,
	/** Not sent: the reply token is unusable and pushing is not allowed here. */
	NONE;

	/**
	 * The way to try first.
	 * @param context the event answered
	 * @param now the time now
	 * @param replyTokenMaxAge a token this old or older is not used
	 * @param mayPush whether a push may replace the reply
	 * @param pushAllowed whether the quota allows a push; asked only when it matters
	 */
	static AnswerRoute first(EventContext context, Instant now, Duration replyTokenMaxAge, boolean mayPush,
			BooleanSupplier pushAllowed) {
		return context.replyTokenUsable(now, replyTokenMaxAge) ? REPLY : withoutReply(mayPush, pushAllowed);
	}

	/** The way when the reply token is unusable or LINE refused it. */
	static AnswerRoute withoutReply(boolean mayPush, BooleanSupplier pushAllowed) {
		if (!mayPush) {
			return NONE;
		}
		return pushAllowed.getAsBoolean() ? PUSH : HELD;
	}

}
