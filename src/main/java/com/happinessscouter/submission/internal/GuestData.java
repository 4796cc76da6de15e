package com.happinessscouter.submission.internal;

import java.util.List;
import java.util.Map;

import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.submission.GuestCommands;
import com.happinessscouter.submission.GuestDataDeleted;
import com.happinessscouter.webhook.GuestEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Deletes everything kept about a guest: their photos (S3 objects and records, found with
 * a Query on their partition) and their summary, and takes them out of the totals.
 */
@Component
public class GuestData {

	private static final Logger log = LoggerFactory.getLogger(GuestData.class);

	private final DynamoDbClient db;

	private final String table;

	private final PhotoObjects objects;

	private final ApplicationEventPublisher publisher;

	GuestData(SingleTable single, PhotoObjects objects, ApplicationEventPublisher publisher) {
		this.db = single.client();
		this.table = single.name();
		this.objects = objects;
		this.publisher = publisher;
	}

	@EventListener
	void on(GuestEvent.TextSent text) {
		if (GuestCommands.is(GuestCommands.CONFIRM_DELETE, text.text())) {
			int photos = deleteAll(text.context().userId());
			this.publisher.publishEvent(new GuestDataDeleted(text.context(), photos));
		}
	}

	/**
	 * Deletes the guest's photos, records and summary. Idempotent (a retry deletes what
	 * is left).
	 * @return how many photos were deleted
	 */
	public int deleteAll(String userId) {
		List<Map<String, AttributeValue>> items = this.db
			.queryPaginator((query) -> query.tableName(this.table)
				.keyConditionExpression("pk = :pk")
				.expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(userId))))
			.items()
			.stream()
			.toList();
		long faces = 0;
		long scored = 0;
		long power = 0;
		for (Map<String, AttributeValue> item : items) {
			AttributeValue s3Key = item.get("s3Key");
			if (s3Key != null && s3Key.s() != null) {
				this.objects.delete(s3Key.s());
			}
			AttributeValue score = item.get("score");
			if (score != null && score.hasM() && score.m().containsKey("power")) {
				power += Long.parseLong(score.m().get("power").n());
				faces += score.m().containsKey("faceCount") ? Long.parseLong(score.m().get("faceCount").n()) : 0;
				scored++;
			}
			this.db.deleteItem((delete) -> delete.tableName(this.table)
				.key(Map.of(SingleTable.PARTITION_KEY, item.get(SingleTable.PARTITION_KEY), SingleTable.SORT_KEY,
						item.get(SingleTable.SORT_KEY))));
		}
		Map<String, AttributeValue> summary = this.db
			.deleteItem((delete) -> delete.tableName(this.table)
				.key(Map.of(SingleTable.PARTITION_KEY, AttributeValue.fromS("GUEST#" + userId), SingleTable.SORT_KEY,
						AttributeValue.fromS("SUMMARY")))
				.returnValues("ALL_OLD"))
			.attributes();
		if (summary != null && summary.containsKey("photos")) {
			Map<String, AttributeValue> minus = Map.of(":photos", negative(Long.parseLong(summary.get("photos").n())),
					":faces", negative(faces), ":guest", negative(1), ":scored", negative(scored), ":power",
					negative(power));
			this.db.updateItem((update) -> update.tableName(this.table)
				.key(Map.of(SingleTable.PARTITION_KEY, AttributeValue.fromS("STATS"), SingleTable.SORT_KEY,
						AttributeValue.fromS("TOTALS")))
				.updateExpression(
						"ADD photos :photos, faces :faces, guests :guest, scoredPhotos :scored, powerSum :power")
				.expressionAttributeValues(minus));
		}
		log.info("deleted all data of guest {}: {} photos", userId, items.size());
		return items.size();
	}

	/**
	 * Deletes one photo (S3 object and record) and takes it out of the counts.
	 * @return whether there was such a photo
	 */
	public boolean deletePhoto(String userId, String imageId) {
		Map<String, AttributeValue> old = this.db
			.deleteItem((delete) -> delete.tableName(this.table)
				.key(Map.of(SingleTable.PARTITION_KEY, AttributeValue.fromS(userId), SingleTable.SORT_KEY,
						AttributeValue.fromS(imageId)))
				.returnValues("ALL_OLD"))
			.attributes();
		if (old == null || old.isEmpty()) {
			return false;
		}
		if (old.containsKey("s3Key")) {
			this.objects.delete(old.get("s3Key").s());
		}
		AttributeValue score = old.get("score");
		boolean scored = score != null && score.hasM() && score.m().containsKey("power");
		long faces = scored && score.m().containsKey("faceCount") ? Long.parseLong(score.m().get("faceCount").n()) : 0;
		long power = scored ? Long.parseLong(score.m().get("power").n()) : 0;
		Map<String, AttributeValue> guestMinus = Map.of(":one", negative(1), ":faces", negative(faces));
		try {
			this.db.updateItem((update) -> update.tableName(this.table)
				.key(Map.of(SingleTable.PARTITION_KEY, AttributeValue.fromS("GUEST#" + userId), SingleTable.SORT_KEY,
						AttributeValue.fromS("SUMMARY")))
				.updateExpression("ADD photos :one, faces :faces")
				.conditionExpression("attribute_exists(pk)")
				.expressionAttributeValues(guestMinus));
		}
		catch (ConditionalCheckFailedException notCounted) {
			// the photo never reached the counts
		}
		Map<String, AttributeValue> totalsMinus = Map.of(":one", negative(1), ":faces", negative(faces), ":scored",
				negative(scored ? 1 : 0), ":power", negative(power));
		this.db.updateItem((update) -> update.tableName(this.table)
			.key(Map.of(SingleTable.PARTITION_KEY, AttributeValue.fromS("STATS"), SingleTable.SORT_KEY,
					AttributeValue.fromS("TOTALS")))
			.updateExpression("ADD photos :one, faces :faces, scoredPhotos :scored, powerSum :power")
			.expressionAttributeValues(totalsMinus));
		log.info("deleted photo {}/{}", userId, imageId);
		return true;
	}

	private static AttributeValue negative(long value) {
		return AttributeValue.fromN(Long.toString(-value));
	}

}
