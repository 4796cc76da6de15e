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

	private static final BooleanSupplier PUSH_LATE = () -> true;

	private static final BooleanSupplier KEEP_LATE = () -> false;

	private final AtomicInteger quotaAsked = new AtomicInteger();

	@Test
	void youngReplyToken_isUsed_withoutAskingTheQuota() {
		Clock clock = Clock.offset(Clock.fixed(SENT, ZoneOffset.UTC), Duration.ofSeconds(49));

		assertThat(AnswerRoute.first(photo("token"), clock.instant(), MAX_AGE, true, PUSH_LATE, quota(false)))
			.isEqualTo(Delivery.REPLY);
		assertThat(AnswerRoute.first(photo("token"), clock.instant(), MAX_AGE, false, PUSH_LATE, quota(false)))
			.isEqualTo(Delivery.REPLY);
		assertThat(this.quotaAsked).hasValue(0);
	}

	@Test
	void replyTokenAtTheMaxAge_withPushingChosenAndRoomAboveTheReserve_isPushed() {
		Clock clock = Clock.offset(Clock.fixed(SENT, ZoneOffset.UTC), MAX_AGE);

		assertThat(AnswerRoute.first(photo("token"), clock.instant(), MAX_AGE, true, PUSH_LATE, quota(true)))
			.isEqualTo(Delivery.PUSH);
		assertThat(this.quotaAsked).hasValue(1);
	}

	@Test
	void oldReplyToken_withPushingOff_isPending_withoutAskingTheQuota() {
		Clock clock = Clock.offset(Clock.fixed(SENT, ZoneOffset.UTC), Duration.ofMinutes(5));

		assertThat(AnswerRoute.first(photo("token"), clock.instant(), MAX_AGE, true, KEEP_LATE, quota(true)))
			.isEqualTo(Delivery.PENDING);
		assertThat(this.quotaAsked).hasValue(0);
	}

	@Test
	void oldReplyToken_withTheQuotaAtItsReserve_isPendingEvenWithPushingOn() {
		Clock clock = Clock.offset(Clock.fixed(SENT, ZoneOffset.UTC), Duration.ofMinutes(5));

		assertThat(AnswerRoute.first(photo("token"), clock.instant(), MAX_AGE, true, PUSH_LATE, quota(false)))
			.isEqualTo(Delivery.PENDING);
	}

	@Test
	void missingReplyToken_isPushedAtOnce_whenPushingIsChosen() {
		Clock clock = Clock.fixed(SENT, ZoneOffset.UTC);

		assertThat(AnswerRoute.first(photo(null), clock.instant(), MAX_AGE, true, PUSH_LATE, quota(true)))
			.isEqualTo(Delivery.PUSH);
	}

	@Test
	void oldReplyToken_wherePushingIsNotAllowed_sendsNothing_withoutAskingTheQuota() {
		Clock clock = Clock.offset(Clock.fixed(SENT, ZoneOffset.UTC), Duration.ofMinutes(5));

		assertThat(AnswerRoute.first(photo("token"), clock.instant(), MAX_AGE, false, PUSH_LATE, quota(true)))
			.isEqualTo(Delivery.NONE);
		assertThat(this.quotaAsked).hasValue(0);
	}

	@Test
	void refusedOrSpentReplyToken_fallsBackToPushOrPendingOrNothing() {
		assertThat(AnswerRoute.withoutReply(true, PUSH_LATE, quota(true))).isEqualTo(Delivery.PUSH);
		assertThat(AnswerRoute.withoutReply(true, PUSH_LATE, quota(false))).isEqualTo(Delivery.PENDING);
		assertThat(AnswerRoute.withoutReply(true, KEEP_LATE, quota(true))).isEqualTo(Delivery.PENDING);
		assertThat(AnswerRoute.withoutReply(false, PUSH_LATE, quota(true))).isEqualTo(Delivery.NONE);
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
