package com.happinessscouter.console;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.happinessscouter.aws.SingleTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.stereotype.Component;

/**
 * Who did what to which guest or photo in the console, kept in the one table
 * ({@code AUDIT#ADMIN} / {@code epochMillis#id}), newest first.
 */
@Component
public class AdminAudit {

	/** One admin action. */
	public record Entry(Instant at, String who, String action, String target) {
	}

	private static final Logger log = LoggerFactory.getLogger(AdminAudit.class);

	private final DynamoDbClient db;

	private final String table;

	private final Clock clock;

	AdminAudit(SingleTable single, Clock clock) {
		this.db = single.client();
		this.table = single.name();
		this.clock = clock;
	}

	public void record(String who, String action, String target) {
		Instant now = this.clock.instant();
		Map<String, AttributeValue> item = new HashMap<>();
		item.put(SingleTable.PARTITION_KEY, AttributeValue.fromS("AUDIT#ADMIN"));
		item.put(SingleTable.SORT_KEY, AttributeValue
			.fromS(String.format("%015d", now.toEpochMilli()) + "#" + UUID.randomUUID().toString().substring(0, 8)));
		item.put("who", AttributeValue.fromS(who));
		item.put("action", AttributeValue.fromS(action));
		item.put("target", AttributeValue.fromS(target));
		this.db.putItem((put) -> put.tableName(this.table).item(item));
		log.info("admin {}: {} {}", who, action, target);
	}

	/**
	 * The latest entries, optionally only those whose who/action/target contains
	 * {@code filter}.
	 */
	public List<Entry> latest(int limit, String filter) {
		String needle = (filter != null) ? filter.strip() : "";
		return this.db
			.queryPaginator((query) -> query.tableName(this.table)
				.keyConditionExpression("pk = :pk")
				.expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("AUDIT#ADMIN")))
				.scanIndexForward(false))
			.items()
			.stream()
			.map((item) -> new Entry(
					Instant.ofEpochMilli(Long.parseLong(item.get(SingleTable.SORT_KEY).s().substring(0, 15))),
					item.get("who").s(), item.get("action").s(), item.get("target").s()))
			.filter((entry) -> needle.isEmpty() || entry.who().contains(needle) || entry.action().contains(needle)
					|| entry.target().contains(needle))
			.limit(limit)
			.toList();
	}

}
