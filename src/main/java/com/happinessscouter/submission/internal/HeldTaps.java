package com.happinessscouter.submission.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.happinessscouter.aws.Items;
import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.webhook.ChatType;
import com.happinessscouter.webhook.EventContext;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import org.springframework.stereotype.Component;

/**
 * A guest's 結果を見る tap held for a photo still being worked on: its reply token is kept in
 * the table so that whichever instance finishes the photo answers with it. Taking it is a
 * delete that returns the item: only one taker gets it.
 */
@Component
public class HeldTaps {

	/** Kept a little longer than any token lives (the table's TTL deletes it later). */
	private static final Duration KEPT = Duration.ofMinutes(5);

	private final SingleTable single;

	HeldTaps(SingleTable single) {
		this.single = single;
	}

	/** Holds the tap (a newer tap replaces an older one). */
	public void hold(EventContext tap) {
		Map<String, AttributeValue> item = new HashMap<>(KeySpace.HELD_TAP.key(tap.userId()));
		item.put("eventId", Items.s(tap.webhookEventId()));
		item.put("chatType", Items.s(tap.chatType().name()));
		item.put("chatId", Items.s(tap.chatId()));
		item.put("replyToken", Items.s(tap.replyToken()));
		item.put("occurredAt", Items.n(tap.occurredAt().toEpochMilli()));
		item.put(SingleTable.EXPIRY_ATTRIBUTE, Items.n(tap.occurredAt().plus(KEPT).getEpochSecond()));
		this.single.client().putItem((r) -> r.tableName(this.single.name()).item(item));
	}

	/** Takes the guest's held tap, if there is one and nobody took it before. */
	public Optional<EventContext> take(String userId) {
		Map<String, AttributeValue> old = this.single.client()
			.deleteItem((r) -> r.tableName(this.single.name())
				.key(KeySpace.HELD_TAP.key(userId))
				.returnValues(ReturnValue.ALL_OLD))
			.attributes();
		if (old == null || old.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new EventContext(Items.text(old, "eventId"), userId,
				ChatType.valueOf(Items.text(old, "chatType")), Items.text(old, "chatId"), Items.text(old, "replyToken"),
				Instant.ofEpochMilli(Items.num(old, "occurredAt"))));
	}

}
