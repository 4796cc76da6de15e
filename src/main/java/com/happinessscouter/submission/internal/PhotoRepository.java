package com.happinessscouter.submission.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.happinessscouter.aws.Items;
import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.line.Delivery;
import com.happinessscouter.submission.PhotoKey;
import com.happinessscouter.submission.PhotoStatus;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import org.springframework.stereotype.Component;

/**
 * Photos in the one table. Every write that moves a photo on is conditional on where it
 * was, so two instances working on the same photo cannot overwrite each other. Expired
 * items (older than the retention) are treated as absent: DynamoDB's TTL deletes them
 * late, the emulator never.
 */
@Component
public class PhotoRepository {

	static final String PHOTO = "PHOTO";

	private final DynamoDbTable<PhotoItem> table;

	private final SingleTable single;

	private final Clock clock;

	PhotoRepository(SingleTable single, Clock clock) {
		this.single = single;
		this.table = single.table(PhotoItem.class);
		this.clock = clock;
	}

	public Optional<PhotoItem> find(PhotoKey key) {
		PhotoItem item = this.table.getItem((r) -> r.key(key(key)).consistentRead(true));
		return Optional.ofNullable(item).filter(this::live);
	}

	/**
	 * @return {@code false} when the photo is already recorded
	 */
	public boolean create(PhotoItem item) {
		return putIf(item, Expression.builder().expression("attribute_not_exists(pk)").build());
	}

	/**
	 * Moves a RECEIVED photo to its final state; {@code false} if it was no longer
	 * RECEIVED.
	 */
	public boolean finish(PhotoItem item) {
		return putIf(item,
				Expression.builder()
					.expression("#status = :received")
					.putExpressionName("#status", "status")
					.putExpressionValue(":received", AttributeValue.fromS(PhotoStatus.RECEIVED.name()))
					.build());
	}

	/** Records the answer once; {@code false} when it was answered before. */
	public boolean markAnswered(PhotoKey key, Delivery via) {
		try {
			this.single.client()
				.updateItem((r) -> r.tableName(this.single.name())
					.key(lowLevelKey(key.userId(), key.imageId()))
					.updateExpression("SET answeredAt = :now, answeredVia = :via")
					.conditionExpression("attribute_exists(pk) AND attribute_not_exists(answeredAt)")
					.expressionAttributeValues(Map.of(":now", AttributeValue.fromN(Long.toString(this.clock.millis())),
							":via", AttributeValue.fromS(via.name()))));
			return true;
		}
		catch (ConditionalCheckFailedException already) {
			return false;
		}
	}

	/**
	 * Replaces a photo's item as it is now (after the caller changed it),
	 * unconditionally.
	 */
	public void save(PhotoItem item) {
		this.table.putItem(item);
	}

	/** The guest's photos in one image set (a Query on the guest's partition). */
	public List<PhotoItem> inSet(String userId, String imageSetId) {
		Expression inSet = Expression.builder()
			.expression("itemType = :photo AND origin.imageSetId = :set")
			.putExpressionValue(":photo", AttributeValue.fromS(PHOTO))
			.putExpressionValue(":set", AttributeValue.fromS(imageSetId))
			.build();
		return this.table
			.query(QueryEnhancedRequest.builder()
				.queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(userId).build()))
				.filterExpression(inSet)
				.consistentRead(true)
				.build())
			.items()
			.stream()
			.filter(this::live)
			.toList();
	}

	/** A guest's photos (a Query on their partition), newest first. */
	public List<PhotoItem> ofGuest(String userId) {
		Expression photos = Expression.builder()
			.expression("itemType = :photo")
			.putExpressionValue(":photo", AttributeValue.fromS(PHOTO))
			.build();
		return this.table
			.query(QueryEnhancedRequest.builder()
				.queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(userId).build()))
				.filterExpression(photos)
				.scanIndexForward(false)
				.build())
			.items()
			.stream()
			.filter(this::live)
			.toList();
	}

	/**
	 * Claims the one answer for an image set; {@code false} when another worker has it.
	 */
	public boolean claimSetAnswer(String userId, String imageSetId, long expiresAt) {
		try {
			this.single.client()
				.putItem((r) -> r.tableName(this.single.name())
					.item(Map.of(SingleTable.PARTITION_KEY, AttributeValue.fromS(KeySpace.IMAGE_SET_ANSWER.pk(userId)),
							SingleTable.SORT_KEY, AttributeValue.fromS(KeySpace.IMAGE_SET_ANSWER.sk(imageSetId)),
							SingleTable.EXPIRY_ATTRIBUTE, AttributeValue.fromN(Long.toString(expiresAt))))
					.conditionExpression("attribute_not_exists(pk)"));
			return true;
		}
		catch (ConditionalCheckFailedException taken) {
			return false;
		}
	}

	/**
	 * Notes that photo {@code imageId} of an image set was refused by a guest limit, so
	 * the set's answer does not wait for it (idempotent).
	 */
	public void refusedInSet(String userId, String imageSetId, String imageId, long expiresAt) {
		this.single.client()
			.updateItem((r) -> r.tableName(this.single.name())
				.key(KeySpace.IMAGE_SET_REFUSED.keyWithSort(KeySpace.IMAGE_SET_REFUSED.sk(imageSetId), userId))
				.updateExpression("ADD refused :id SET " + SingleTable.EXPIRY_ATTRIBUTE + " = :expires")
				.expressionAttributeValues(Map.of(":id", AttributeValue.fromSs(List.of(imageId)), ":expires",
						AttributeValue.fromN(Long.toString(expiresAt)))));
	}

	/** How many photos of an image set were refused by a guest limit. */
	public int refusedInSet(String userId, String imageSetId) {
		Map<String, AttributeValue> item = this.single.client()
			.getItem((r) -> r.tableName(this.single.name())
				.key(KeySpace.IMAGE_SET_REFUSED.keyWithSort(KeySpace.IMAGE_SET_REFUSED.sk(imageSetId), userId))
				.consistentRead(true))
			.item();
		return (item != null && item.containsKey("refused")) ? item.get("refused").ss().size() : 0;
	}

	private boolean putIf(PhotoItem item, Expression condition) {
		try {
			this.table.putItem(
					PutItemEnhancedRequest.builder(PhotoItem.class).item(item).conditionExpression(condition).build());
			return true;
		}
		catch (ConditionalCheckFailedException ex) {
			return false;
		}
	}

	private boolean live(PhotoItem item) {
		return item.getExpiresAt() == null || item.getExpiresAt() > this.clock.instant().getEpochSecond();
	}

	private static Key key(PhotoKey key) {
		return Key.builder().partitionValue(key.userId()).sortValue(key.imageId()).build();
	}

	private static Map<String, AttributeValue> lowLevelKey(String userId, String imageId) {
		return Items.key(KeySpace.PHOTO.pk(userId), KeySpace.PHOTO.sk(imageId));
	}

}
