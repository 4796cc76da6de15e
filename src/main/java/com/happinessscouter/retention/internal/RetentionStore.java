package com.happinessscouter.retention.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.retention.RetentionSettings;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.stereotype.Component;

/**
 * Retention settings in the one table ({@code SETTINGS} / {@code RETENTION}) and every
 * change of them ({@code AUDIT#RETENTION} / {@code epochMillis#id}).
 */
@Component
public class RetentionStore {

	private final DynamoDbClient db;

	private final String table;

	RetentionStore(SingleTable single) {
		this.db = single.client();
		this.table = single.name();
	}

	public Optional<RetentionSettings> settings() {
		Map<String, AttributeValue> item = this.db
			.getItem((get) -> get.tableName(this.table).key(KeySpace.RETENTION.key()).consistentRead(true))
			.item();
		if (item == null || item.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new RetentionSettings(Integer.parseInt(item.get("photoDays").n()),
				item.containsKey("transitionDays") ? Integer.valueOf(item.get("transitionDays").n()) : null,
				item.containsKey("storageClass") ? item.get("storageClass").s() : null,
				Integer.parseInt(item.get("abortMultipartDays").n()), item.get("changedBy").s(),
				Instant.ofEpochMilli(Long.parseLong(item.get("changedAt").n()))));
	}

	public void save(RetentionSettings to) {
		Map<String, AttributeValue> item = new HashMap<>(KeySpace.RETENTION.key());
		item.put("photoDays", n(to.photoDays()));
		if (to.transitionDays() != null) {
			item.put("transitionDays", n(to.transitionDays()));
			item.put("storageClass", AttributeValue.fromS(to.storageClass()));
		}
		item.put("abortMultipartDays", n(to.abortMultipartDays()));
		item.put("changedBy", AttributeValue.fromS(to.changedBy()));
		item.put("changedAt", n(to.changedAt().toEpochMilli()));
		this.db.putItem((put) -> put.tableName(this.table).item(item));
	}

	private static AttributeValue n(long value) {
		return AttributeValue.fromN(Long.toString(value));
	}

}
