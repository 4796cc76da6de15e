package com.happinessscouter.webhook;

import java.time.Duration;
import java.time.Instant;

/**
 * What every guest event carries.
 *
 * @param webhookEventId LINE's id of the event (unique; redeliveries keep it)
 * @param userId the guest's LINE user id (the chat id when LINE withholds it)
 * @param chatType where it was sent
 * @param chatId the user, group or room id to push to
 * @param replyToken the one-time reply token, or {@code null}
 * @param occurredAt when LINE says it happened
 */
public record EventContext(String webhookEventId, String userId, ChatType chatType, String chatId, String replyToken,
		Instant occurredAt) {

	/**
	 * Whether the sender is known: always in a one-on-one chat; in a group or room only
	 * when LINE gave their user id (else {@link #userId} is the group's or room's id, and
	 * acting on "their" data would act on the whole group's).
	 */
	public boolean senderKnown() {
		return this.chatType == ChatType.USER || !this.userId.equals(this.chatId);
	}

	/**
	 * Whether the reply token is still safe to use at {@code now} (LINE: about a minute).
	 */
	public boolean replyTokenUsable(Instant now, Duration maxAge) {
		return this.replyToken != null && now.isBefore(replyDeadline(maxAge));
	}

	/**
	 * The moment the reply token is no longer used (LINE's event time + {@code maxAge}).
	 */
	public Instant replyDeadline(Duration maxAge) {
		return this.occurredAt.plus(maxAge);
	}

}
