package com.happinessscouter.webhook.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.happinessscouter.aws.IndexSpace;
import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.aws.SingleTable;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import org.springframework.stereotype.Component;

import static com.happinessscouter.aws.Items.s;

/**
 * The durable record of webhook events. A conditional put makes each
 * {@code webhookEventId} count once; a conditional update claims an event for one worker
 * on one instance.
 */
@Component
public class EventInbox {

	static final String INBOX = IndexSpace.INBOX.pk();

	/** A new event: its key is not in the table yet. */
	private static final Expression NEW_EVENT = Expression.builder().expression("attribute_not_exists(pk)").build();

	/** A condition that never holds, so a put under it stores nothing. */
	private static final Expression NEVER = Expression.builder()
		.expression("attribute_exists(pk) AND attribute_not_exists(pk)")
		.build();

	/**
	 * The id of {@link #warmUp}'s item, which is never stored.
	 */
	static final String WARM_UP_EVENT = "warm-up";

	private final SingleTable single;

	private final DynamoDbTable<InboxItem> table;

	private final Duration keepFor;

	/** The same table through the webhook's own connections (for {@link #record}). */
	private final DynamoDbTable<InboxItem> intake;

	EventInbox(SingleTable single, InboxProperties properties) {
		this.single = single;
		this.table = single.table(InboxItem.class);
		this.intake = single.webhookTable(InboxItem.class);
		this.keepFor = properties.dedupeWindow();
	}

	/**
	 * Records an event once. {@code claimUntil} is when it becomes due for the sweeper:
	 * now when no worker takes it at once, else the end of that worker's lease.
	 * @return {@code false} when the event was recorded before (a redelivery or
	 * duplicate)
	 */
	public boolean record(String eventId, String eventType, String userId, String payload, Instant now,
			Instant claimUntil) {
		InboxItem item = item(eventId, eventType, payload, now, claimUntil);
		item.setUserId(userId);
		try {
			this.intake.putItem(put(item, NEW_EVENT));
			return true;
		}
		catch (ConditionalCheckFailedException duplicate) {
			return false;
		}
	}

	/**
	 * Runs {@link #record}'s put through the webhook's connections without storing
	 * anything (its condition never holds). Called again and again at start, so that the
	 * first guests' acknowledgements do not pay for the connection, the SDK's first use
	 * or its not yet compiled code.
	 */
	public void warmUp(Instant now) {
		try {
			this.intake.putItem(put(item(WARM_UP_EVENT, "WarmUp", "{}", now, now), NEVER));
		}
		catch (ConditionalCheckFailedException expected) {
			// nothing stored, as intended
		}
	}

	private static PutItemEnhancedRequest<InboxItem> put(InboxItem item, Expression condition) {
		return PutItemEnhancedRequest.builder(InboxItem.class).item(item).conditionExpression(condition).build();
	}

	private InboxItem item(String eventId, String eventType, String payload, Instant now, Instant claimUntil) {
		InboxItem item = new InboxItem();
		item.setPk(partitionKey(eventId));
		item.setSk(KeySpace.INBOX.sk());
		item.setGsi1pk(INBOX);
		item.setGsi1sk(dueKey(claimUntil, eventId));
		item.setEventId(eventId);
		item.setEventType(eventType);
		item.setPayload(payload);
		item.setReceivedAt(now.toEpochMilli());
		item.setState(InboxState.PENDING);
		item.setAttempts(0);
		item.setExpiresAt(now.plus(this.keepFor).getEpochSecond());
		return item;
	}

	/**
	 * Events due at {@code now}, oldest first: never claimed, lease expired, or retry
	 * due.
	 */
	public List<InboxEntry> due(Instant now, int limit) {
		QueryConditional dueByNow = QueryConditional
			.sortLessThanOrEqualTo(Key.builder().partitionValue(INBOX).sortValue(dueKey(now, "~")).build());
		return this.table.index(SingleTable.WORK_INDEX)
			.query(QueryEnhancedRequest.builder().queryConditional(dueByNow).limit(limit).build())
			.stream()
			.limit(1)
			.flatMap((page) -> page.items().stream())
			.map(EventInbox::entry)
			.toList();
	}

	/**
	 * Claims a due event until {@code leaseUntil}; empty when another worker was first.
	 */
	public Optional<InboxEntry> claim(InboxEntry entry, Instant leaseUntil) {
		String lease = dueKey(leaseUntil, entry.eventId());
		try {
			update(entry.eventId(), "SET gsi1sk = :lease", "gsi1sk = :seen",
					Map.of(":lease", s(lease), ":seen", s(entry.dueKey())));
			return Optional
				.of(new InboxEntry(entry.eventId(), entry.payload(), entry.receivedAt(), entry.attempts(), lease));
		}
		catch (ConditionalCheckFailedException lost) {
			return Optional.empty();
		}
	}

	/**
	 * Done: out of the work index for good, and the raw event (chat text included) gone:
	 * only the key stays, to recognise a redelivery.
	 */
	public void complete(String eventId, InboxState state) {
		update(eventId, "SET #state = :state REMOVE gsi1pk, gsi1sk, payload", null, Map.of(":state", s(state.name())));
	}

	/**
	 * Removes the raw events of a guest's unfinished events (finished ones keep none), so
	 * that nothing they sent is kept or acted on after they are deleted; the events stay
	 * in the work index and are completed as {@code ERASED}. A Query on the index's
	 * {@code INBOX} partition, which holds only unfinished events.
	 * @param keep the event asking for the deletion (it must stay retryable), or
	 * {@code null}
	 * @return how many events were erased
	 */
	public int eraseGuest(String userId, String keep) {
		QueryConditional unfinished = QueryConditional.keyEqualTo(Key.builder().partitionValue(INBOX).build());
		Expression ofGuest = Expression.builder()
			.expression("userId = :user")
			.putExpressionValue(":user", s(userId))
			.build();
		List<String> ids = this.table.index(SingleTable.WORK_INDEX)
			.query(QueryEnhancedRequest.builder().queryConditional(unfinished).filterExpression(ofGuest).build())
			.stream()
			.flatMap((page) -> page.items().stream())
			.map(InboxItem::getEventId)
			.filter((id) -> !id.equals(keep))
			.toList();
		int erased = 0;
		for (String id : ids) {
			try {
				update(id, "REMOVE payload", "attribute_exists(pk)", Map.of());
				erased++;
			}
			catch (ConditionalCheckFailedException expired) {
				// gone since the Query (expired): nothing left to erase
			}
		}
		return erased;
	}

	/** Not done: due again at {@code next}. */
	public void retryAt(String eventId, int attempts, String error, Instant next) {
		update(eventId, "SET gsi1sk = :due, attempts = :attempts, lastError = :error", "attribute_exists(gsi1pk)",
				Map.of(":due", s(dueKey(next, eventId)), ":attempts", AttributeValue.fromN(Integer.toString(attempts)),
						":error", s(error)));
	}

	private void update(String eventId, String expression, String condition, Map<String, AttributeValue> values) {
		this.single.client()
			.updateItem((r) -> r.tableName(this.single.name())
				.key(KeySpace.INBOX.key(eventId))
				.updateExpression(expression)
				.conditionExpression(condition)
				.expressionAttributeNames(expression.contains("#state") ? Map.of("#state", "state") : null)
				.expressionAttributeValues(values.isEmpty() ? null : values));
	}

	private static InboxEntry entry(InboxItem item) {
		return new InboxEntry(item.getEventId(), item.getPayload(), Instant.ofEpochMilli(item.getReceivedAt()),
				item.getAttempts() == null ? 0 : item.getAttempts(), item.getGsi1sk());
	}

	static String partitionKey(String eventId) {
		return KeySpace.INBOX.pk(eventId);
	}

	static String dueKey(Instant due, String eventId) {
		return String.format("%013d#%s", due.toEpochMilli(), eventId);
	}

}
