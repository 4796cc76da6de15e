package com.happinessscouter.tables.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.happinessscouter.aws.Items;
import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.aws.SingleTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import org.springframework.stereotype.Component;

/**
 * Seats in the one table: {@code SEAT#{userId}} / event id, with the table's number. A
 * guest's seats are one partition (erased with one Query); an event's seats are read with
 * one BatchGetItem for the guests on its board.
 */
@Component
public class SeatStore {

	private static final String TABLE = "table";

	private final SingleTable single;

	private final DynamoDbClient db;

	SeatStore(SingleTable single) {
		this.single = single;
		this.db = single.client();
	}

	/**
	 * Seats the guest at table {@code number} of the event.
	 * @return the table the guest sat at before, if any
	 */
	public Optional<Integer> sit(String userId, String eventId, int number, Instant at) {
		Map<String, AttributeValue> item = new HashMap<>(KeySpace.SEAT.keyWithSort(eventId, userId));
		item.put(TABLE, Items.n(number));
		item.put("joinedAt", Items.n(at.toEpochMilli()));
		Map<String, AttributeValue> old = this.db
			.putItem((put) -> put.tableName(this.single.name()).item(item).returnValues(ReturnValue.ALL_OLD))
			.attributes();
		return (old == null || old.isEmpty()) ? Optional.empty() : Optional.of((int) Items.num(old, TABLE));
	}

	/** The table (number) of each of these guests who joined one in the event. */
	public Map<String, Integer> tablesOf(String eventId, Collection<String> userIds) {
		Map<String, Integer> tables = new HashMap<>();
		for (Map<String, AttributeValue> item : this.single
			.batchGet(userIds.stream().map((userId) -> KeySpace.SEAT.keyWithSort(eventId, userId)).toList())) {
			tables.put(KeySpace.SEAT.idOf(item.get(SingleTable.PARTITION_KEY).s()), (int) Items.num(item, TABLE));
		}
		return tables;
	}

	/** Deletes every seat of the guest. */
	public void forgetGuest(String userId) {
		this.db
			.queryPaginator((query) -> query.tableName(this.single.name())
				.keyConditionExpression("pk = :pk")
				.expressionAttributeValues(Map.of(":pk", Items.s(KeySpace.SEAT.pk(userId))))
				.consistentRead(true))
			.items()
			.forEach((item) -> this.db.deleteItem((delete) -> delete.tableName(this.single.name())
				.key(Items.key(item.get(SingleTable.PARTITION_KEY).s(), item.get(SingleTable.SORT_KEY).s()))));
	}

}
