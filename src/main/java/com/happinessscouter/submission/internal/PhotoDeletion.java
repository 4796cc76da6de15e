package com.happinessscouter.submission.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.happinessscouter.aws.Items;
import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoKey;
import com.happinessscouter.submission.PhotoRemoved;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Deletes photos for good: the S3 object, every item of the guest's partition (photos and
 * their image-set claims), found with a Query on the partition, never a Scan, and each
 * photo's fingerprints (its digest claim and hash blocks, whose keys the photo item
 * gives).
 */
@Component
public class PhotoDeletion {

	private final DynamoDbClient db;

	private final String table;

	private final TableSchema<PhotoItem> schema;

	private final PhotoObjects objects;

	private final ApplicationEventPublisher publisher;

	private final Fingerprints fingerprints;

	PhotoDeletion(SingleTable single, PhotoObjects objects, Fingerprints fingerprints,
			ApplicationEventPublisher publisher) {
		this.db = single.client();
		this.fingerprints = fingerprints;
		this.table = single.name();
		this.schema = single.table(PhotoItem.class).tableSchema();
		this.objects = objects;
		this.publisher = publisher;
	}

	/**
	 * Deletes everything in the guest's partition. Idempotent: a retry deletes what is
	 * left.
	 * @return the photos that were deleted
	 */
	public List<Photo> eraseGuest(String userId) {
		List<Map<String, AttributeValue>> items = this.db
			.queryPaginator((query) -> query.tableName(this.table)
				.keyConditionExpression("pk = :pk")
				.expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(userId))))
			.items()
			.stream()
			.toList();
		List<Photo> photos = new ArrayList<>();
		for (Map<String, AttributeValue> item : items) {
			forget(item).ifPresent(photos::add);
			this.db.deleteItem((delete) -> delete.tableName(this.table)
				.key(Map.of(SingleTable.PARTITION_KEY, item.get(SingleTable.PARTITION_KEY), SingleTable.SORT_KEY,
						item.get(SingleTable.SORT_KEY))));
		}
		return photos;
	}

	/**
	 * Deletes one photo (S3 object and record) and announces {@link PhotoRemoved}.
	 * @return the photo, or empty when there was no such photo
	 */
	public Optional<Photo> delete(PhotoKey key) {
		Map<String, AttributeValue> old = this.db
			.deleteItem((delete) -> delete.tableName(this.table)
				.key(Items.key(KeySpace.PHOTO.pk(key.userId()), KeySpace.PHOTO.sk(key.imageId())))
				.returnValues(ReturnValue.ALL_OLD))
			.attributes();
		if (old == null || old.isEmpty()) {
			return Optional.empty();
		}
		Optional<Photo> photo = forget(old);
		this.publisher.publishEvent(new PhotoRemoved(key, photo.map(Photo::eventId).orElse(null)));
		return photo;
	}

	/**
	 * Deletes what an item of the guest's partition left elsewhere: its S3 object and,
	 * for a photo, its fingerprints.
	 * @return the photo, or empty for another kind of item
	 */
	private Optional<Photo> forget(Map<String, AttributeValue> item) {
		deleteObject(item);
		if (!isPhoto(item)) {
			return Optional.empty();
		}
		PhotoItem photo = this.schema.mapToItem(item);
		this.fingerprints.forget(photo);
		return Optional.of(PhotoMapper.photo(photo));
	}

	private static boolean isPhoto(Map<String, AttributeValue> item) {
		AttributeValue type = item.get("itemType");
		return type != null && PhotoRepository.PHOTO.equals(type.s());
	}

	private void deleteObject(Map<String, AttributeValue> item) {
		AttributeValue s3Key = item.get("s3Key");
		if (s3Key != null && s3Key.s() != null) {
			this.objects.delete(s3Key.s());
		}
	}

}
