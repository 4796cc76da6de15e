package com.happinessscouter.events.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.aws.Items;
import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.events.WeddingEvent;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.stereotype.Component;

/** Events in the one table: {@code EVENT} / event id, listed with a Query. */
@Component
public class EventStore {

	private static final String PARTITION = KeySpace.EVENT.pk();

	private final DynamoDbClient db;

	private final String table;

	EventStore(SingleTable single) {
		this.db = single.client();
		this.table = single.name();
	}

	public List<WeddingEvent> all() {
		return this.db
			.queryPaginator((query) -> query.tableName(this.table)
				.keyConditionExpression("pk = :pk")
				.expressionAttributeValues(Map.of(":pk", Items.s(PARTITION)))
				.consistentRead(true))
			.items()
			.stream()
			.map(EventStore::event)
			.toList();
	}

	public Optional<WeddingEvent> find(String id) {
		Map<String, AttributeValue> item = this.db
			.getItem((get) -> get.tableName(this.table).key(Items.key(PARTITION, id)).consistentRead(true))
			.item();
		return (item == null || item.isEmpty()) ? Optional.empty() : Optional.of(event(item));
	}

	public void save(WeddingEvent event) {
		Map<String, AttributeValue> item = new HashMap<>(Items.key(PARTITION, event.id()));
		item.put("name", Items.s(event.name()));
		item.put("couple", Items.s(event.couple()));
		item.put("startsAt", Items.n(event.startsAt().toEpochMilli()));
		item.put("endsAt", Items.n(event.endsAt().toEpochMilli()));
		item.put("active", Items.bool(event.active()));
		item.put("preModeration", Items.bool(event.preModeration()));
		if (event.hasTables()) {
			item.put("tables", AttributeValue.fromL(event.tables().stream().map(Items::s).toList()));
		}
		if (event.countdownEndsAt() != null) {
			item.put("countdownStartedAt", Items.n(event.countdownStartedAt().toEpochMilli()));
			item.put("countdownEndsAt", Items.n(event.countdownEndsAt().toEpochMilli()));
		}
		this.db.putItem((put) -> put.tableName(this.table).item(item));
	}

	/** Sets or (with {@code null}s) clears the countdown, leaving the rest as it is. */
	public void countdown(String id, Instant startedAt, Instant endsAt) {
		if (endsAt == null) {
			this.db.updateItem((update) -> update.tableName(this.table)
				.key(Items.key(PARTITION, id))
				.updateExpression("REMOVE countdownStartedAt, countdownEndsAt")
				.conditionExpression("attribute_exists(pk)"));
			return;
		}
		this.db.updateItem((update) -> update.tableName(this.table)
			.key(Items.key(PARTITION, id))
			.updateExpression("SET countdownStartedAt = :started, countdownEndsAt = :ends")
			.conditionExpression("attribute_exists(pk)")
			.expressionAttributeValues(
					Map.of(":started", Items.n(startedAt.toEpochMilli()), ":ends", Items.n(endsAt.toEpochMilli()))));
	}

	private static WeddingEvent event(Map<String, AttributeValue> item) {
		Long started = Items.optionalNum(item, "countdownStartedAt");
		Long ends = Items.optionalNum(item, "countdownEndsAt");
		return new WeddingEvent(item.get(SingleTable.SORT_KEY).s(), Items.text(item, "name"),
				Items.text(item, "couple"), Instant.ofEpochMilli(Items.num(item, "startsAt")),
				Instant.ofEpochMilli(Items.num(item, "endsAt")), Items.flag(item, "active"),
				Items.flag(item, "preModeration"), (started != null) ? Instant.ofEpochMilli(started) : null,
				(ends != null) ? Instant.ofEpochMilli(ends) : null, item.containsKey("tables")
						? item.get("tables").l().stream().map(AttributeValue::s).toList() : List.of());
	}

}
