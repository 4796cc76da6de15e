package com.happinessscouter.submission.internal;

import java.util.List;
import java.util.Map;

import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.submission.GuestCommands;
import com.happinessscouter.submission.GuestDataDeleted;
import com.happinessscouter.submission.GuestErased;
import com.happinessscouter.submission.PhotoKey;
import com.happinessscouter.submission.PhotoRemoved;
import com.happinessscouter.webhook.GuestEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Deletes everything kept about a guest, or one photo: S3 objects and records (found with
 * a Query on the guest's partition); {@link GuestStats} takes them out of the counts.
 */
@Component
public class GuestData {

	private static final Logger log = LoggerFactory.getLogger(GuestData.class);

	private final DynamoDbClient db;

	private final String table;

	private final PhotoObjects objects;

	private final GuestStats stats;

	private final ApplicationEventPublisher publisher;

	GuestData(SingleTable single, PhotoObjects objects, GuestStats stats, ApplicationEventPublisher publisher) {
		this.stats = stats;
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
		for (Map<String, AttributeValue> item : items) {
			deleteObject(item);
			this.db.deleteItem((delete) -> delete.tableName(this.table)
				.key(Map.of(SingleTable.PARTITION_KEY, item.get(SingleTable.PARTITION_KEY), SingleTable.SORT_KEY,
						item.get(SingleTable.SORT_KEY))));
		}
		this.stats.forgetGuest(userId, items.stream().map(GuestStats.Counted::of).toList());
		this.publisher.publishEvent(new GuestErased(userId));
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
		deleteObject(old);
		this.stats.forgetPhoto(userId, GuestStats.Counted.of(old));
		this.publisher.publishEvent(new PhotoRemoved(new PhotoKey(userId, imageId),
				old.containsKey("eventId") ? old.get("eventId").s() : null));
		log.info("deleted photo {}/{}", userId, imageId);
		return true;
	}

	private void deleteObject(Map<String, AttributeValue> photo) {
		AttributeValue s3Key = photo.get("s3Key");
		if (s3Key != null && s3Key.s() != null) {
			this.objects.delete(s3Key.s());
		}
	}

}
