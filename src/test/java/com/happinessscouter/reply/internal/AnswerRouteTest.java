package com.happinessscouter.reply.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.happinessscouter.line.Delivery;
import com.happinessscouter.webhook.ChatType;
import com.happinessscouter.webhook.EventContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerRouteTest {

	private static final Instant SENT = Instant.parse("2026-12-04T10:00:00Z");

	/** {@code app.reply.reply-token-max-age}'s default. */
	private static final Duration MAX_AGE = Duration.ofSeconds(50);

	private final AtomicInteger quotaAsked = new AtomicInteger();

	@Test
	void youngReplyToken_isUsed_withoutAskingTheQuota() {
		Clock clock = Clock.offset(Clock.fixed(SENT, ZoneOffset.UTC), Duration.ofSeconds(49));

		assertThat(AnswerRoute.first(photo("token"), clock.instant(), MAX_AGE, true, quota(false)))
			.isEqualTo(Delivery.REPLY);
		assertThat(AnswerRoute.first(photo("token"), clock.instant(), MAX_AGE, false, quota(false)))
			.isEqualTo(Delivery.REPLY);
		assertThat(this.quotaAsked).hasValue(0);
	}

	@Test
	void replyTokenAtTheMaxAge_isNotUsed_andTheAnswerIsPushed() {
		Clock clock = Clock.offset(Clock.fixed(SENT, ZoneOffset.UTC), MAX_AGE);

		assertThat(AnswerRoute.first(photo("token"), clock.instant(), MAX_AGE, true, quota(true)))
			.isEqualTo(Delivery.PUSH);
		assertThat(this.quotaAsked).hasValue(1);
	}

	@Test
	void oldReplyToken_withTheQuotaAtItsReserve_isHeld() {
		Clock clock = Clock.offset(Clock.fixed(SENT, ZoneOffset.UTC), Duration.ofMinutes(5));

		assertThat(AnswerRoute.first(photo("token"), clock.instant(), MAX_AGE, true, quota(false)))
			.isEqualTo(Delivery.HELD);
	}

	@Test
	void missingReplyToken_isPushedEvenAtOnce() {
		Clock clock = Clock.fixed(SENT, ZoneOffset.UTC);

		assertThat(AnswerRoute.first(photo(null), clock.instant(), MAX_AGE, true, quota(true)))
			.isEqualTo(Delivery.PUSH);
	}

	@Test
	void oldReplyToken_wherePushingIsNotAllowed_sendsNothing_withoutAskingTheQuota() {
		Clock clock = Clock.offset(Clock.fixed(SENT, ZoneOffset.UTC), Duration.ofMinutes(5));

		assertThat(AnswerRoute.first(photo("token"), clock.instant(), MAX_AGE, false, quota(true)))
			.isEqualTo(Delivery.NONE);
		assertThat(this.quotaAsked).hasValue(0);
	}

	@Test
	void refusedReplyToken_fallsBackToPushOrHeldOrNothing() {
		assertThat(AnswerRoute.withoutReply(true, quota(true))).isEqualTo(Delivery.PUSH);
		assertThat(AnswerRoute.withoutReply(true, quota(false))).isEqualTo(Delivery.HELD);
		assertThat(AnswerRoute.withoutReply(false, quota(true))).isEqualTo(Delivery.NONE);
	}

	private static EventContext photo(String replyToken) {
		return new EventContext("01EVENT", "U1", ChatType.USER, "U1", replyToken, SENT);
	}

	private BooleanSupplier quota(boolean pushAllowed) {
		return () -> {
			this.quotaAsked.incrementAndGet();
			return pushAllowed;
		};
	}

}
