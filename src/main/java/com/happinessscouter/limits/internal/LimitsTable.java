package com.happinessscouter.limits.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.happinessscouter.aws.SingleTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import org.springframework.stereotype.Component;

import static com.happinessscouter.aws.Items.n;
import static com.happinessscouter.aws.Items.num;
import static com.happinessscouter.aws.Items.s;

/**
 * The limits' items. A counter holds {@code n} and the string set {@code ids} of what it
 * counted; it moves only by a conditional {@code UpdateItem}
 * ({@code NOT contains(ids, :id) AND n < :limit}), so concurrent instances never pass a
 * limit and an id is never counted twice.
 */
@Component
public class LimitsTable {

	/** What a conditional count did. */
	public enum Counted {

		/** Counted now. */
		COUNTED,
		/** Counted before (a redelivered or resumed photo). */
		ALREADY,
		/** Not counted: the limit is reached. */
		FULL

	}

	private static final String COUNT = "#n";

	private final DynamoDbClient db;

	private final String table;

	LimitsTable(SingleTable single) {
		this.db = single.client();
		this.table = single.name();
	}

	/**
	 * Counts {@code id} in the counter at {@code key} unless it holds {@code limit} ids
	 * already ({@code 0}: no limit).
	 * @param expiresAt epoch seconds after which the item may go, or {@code null}
	 */
	public Counted count(Map<String, AttributeValue> key, String id, long limit, Long expiresAt) {
		Map<String, AttributeValue> values = new HashMap<>();
		values.put(":one", n(1));
		values.put(":id", s(id));
		values.put(":ids", AttributeValue.fromSs(List.of(id)));
		String condition = "NOT contains(ids, :id)";
		if (limit > 0) {
			values.put(":limit", n(limit));
			condition += " AND (attribute_not_exists(#n) OR #n < :limit)";
		}
		String update = "ADD #n :one, ids :ids";
		if (expiresAt != null) {
			values.put(":expires", n(expiresAt));
			update += " SET expiresAt = :expires";
		}
		String expression = update;
		String check = condition;
		try {
			this.db.updateItem((request) -> request.tableName(this.table)
				.key(key)
				.updateExpression(expression)
				.conditionExpression(check)
				.expressionAttributeNames(Map.of(COUNT, "n"))
				.expressionAttributeValues(values));
			return Counted.COUNTED;
		}
		catch (ConditionalCheckFailedException refused) {
			return get(key).filter((item) -> item.containsKey("ids") && item.get("ids").ss().contains(id))
				.map((item) -> Counted.ALREADY)
				.orElse(Counted.FULL);
		}
	}

	/** Adds one to the counter at {@code key}, unconditionally (a figure only). */
	public void add(Map<String, AttributeValue> key) {
		this.db.updateItem((request) -> request.tableName(this.table)
			.key(key)
			.updateExpression("ADD #n :one")
			.expressionAttributeNames(Map.of(COUNT, "n"))
			.expressionAttributeValues(Map.of(":one", n(1))));
	}

	/** Takes {@code id} out of the counter again (a later limit refused the photo). */
	public void release(Map<String, AttributeValue> key, String id) {
		try {
			this.db.updateItem((request) -> request.tableName(this.table)
				.key(key)
				.updateExpression("ADD #n :minus DELETE ids :ids")
				.conditionExpression("contains(ids, :id)")
				.expressionAttributeNames(Map.of(COUNT, "n"))
				.expressionAttributeValues(
						Map.of(":minus", n(-1), ":id", s(id), ":ids", AttributeValue.fromSs(List.of(id)))));
		}
		catch (ConditionalCheckFailedException notCounted) {
			// nothing to give back
		}
	}

	/** The count at {@code key}. */
	public long used(Map<String, AttributeValue> key) {
		return get(key).map((item) -> item.containsKey("n") ? num(item, "n") : 0L).orElse(0L);
	}

	/** A number attribute of every item in {@code partition}, by sort key. */
	public Map<String, Long> numbers(String partition, String attribute) {
		Map<String, Long> numbers = new HashMap<>();
		this.db
			.queryPaginator((query) -> query.tableName(this.table)
				.keyConditionExpression("pk = :pk")
				.consistentRead(true)
				.expressionAttributeValues(Map.of(":pk", s(partition))))
			.items()
			.forEach((item) -> {
				if (item.containsKey(attribute)) {
					numbers.put(item.get("sk").s(), num(item, attribute));
				}
			});
		return numbers;
	}

	/** Stores {@code attributes} on the item at {@code key}, replacing it. */
	public void put(Map<String, AttributeValue> key, Map<String, AttributeValue> attributes) {
		Map<String, AttributeValue> item = new HashMap<>(attributes);
		item.putAll(key);
		this.db.putItem((put) -> put.tableName(this.table).item(item));
	}

	public void delete(Map<String, AttributeValue> key) {
		this.db.deleteItem((delete) -> delete.tableName(this.table).key(key));
	}

	/** The item at {@code key}, read consistently. */
	public Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
		Map<String, AttributeValue> item = this.db
			.getItem((get) -> get.tableName(this.table).key(key).consistentRead(true))
			.item();
		return (item == null || item.isEmpty()) ? Optional.empty() : Optional.of(item);
	}

	/** When an item written at {@code now} may expire: a day later. */
	public static long dayAfter(Instant now) {
		return now.plusSeconds(86_400).getEpochSecond();
	}

}
