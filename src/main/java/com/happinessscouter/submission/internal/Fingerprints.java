package com.happinessscouter.submission.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.aws.Items;
import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.images.ImageRejectedException;
import com.happinessscouter.images.Images;
import com.happinessscouter.submission.PhotoKey;
import com.happinessscouter.submission.PhotoStatus;
import com.happinessscouter.submission.SubmissionProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import org.springframework.stereotype.Component;

/**
 * Finds a photo sent before: the same bytes (SHA-256, anywhere) or, within an event, a
 * near-identical image (64-bit perceptual hash within a small Hamming distance: a
 * re-encoded or resized copy, a screenshot of it). Kept in the one table:
 * <ul>
 * <li>{@code DIGEST#scope#sha256} / {@code PHOTO}: the first photo with these bytes,
 * claimed with a conditional put so two instances cannot both be first;</li>
 * <li>{@code PHASH#event#block#value} / photo key: the hash split in four 16-bit blocks.
 * Two hashes within distance 3 share a block exactly (pigeonhole), so four Queries find
 * every candidate without a Scan.</li>
 * </ul>
 * A first photo that has since been deleted or has expired no longer counts; deleting a
 * photo for good deletes its items here too ({@link #forget}).
 */
@Component
class Fingerprints {

	/** What a photo repeats. */
	record Duplicate(PhotoKey original, boolean exact) {
	}

	private static final Logger log = LoggerFactory.getLogger(Fingerprints.class);

	private final DynamoDbClient db;

	private final String table;

	private final PhotoRepository photos;

	private final int maxDistance;

	private final Images images;

	Fingerprints(SingleTable single, PhotoRepository photos, SubmissionProperties properties, Images images) {
		this.db = single.client();
		this.images = images;
		this.table = single.name();
		this.photos = photos;
		this.maxDistance = properties.nearDuplicateDistance();
	}

	/** Registers the photo, or says which earlier photo it repeats. */
	Optional<Duplicate> check(PhotoItem item, byte[] bytes) {
		PhotoKey self = new PhotoKey(item.getPk(), item.getSk());
		Optional<PhotoKey> exact = claimDigest(item, self);
		if (exact.isPresent()) {
			return exact.map((original) -> new Duplicate(original, true));
		}
		if (item.getEventId() == null) {
			return Optional.empty();
		}
		long hash;
		try {
			hash = PerceptualHash.of(bytes, this.images);
		}
		catch (ImageRejectedException | RuntimeException unreadable) {
			// the same bytes fail the same way every time: not a reason to retry the
			// event;
			// the analyzer gives the guest the kind answer
			log.info("photo {} has no perceptual hash: {}", self, unreadable.toString());
			return Optional.empty();
		}
		Optional<PhotoKey> similar = similar(item.getEventId(), hash, self);
		if (similar.isPresent()) {
			return similar.map((original) -> new Duplicate(original, false));
		}
		register(item, hash, self);
		return Optional.empty();
	}

	/**
	 * Deletes what the photo left here: its digest claim (only while the claim still
	 * points at it) and its hash blocks, found from the hash its item keeps (only a photo
	 * that registered blocks has one; blocks of photos recorded before the hash was kept
	 * expire with the retention). Idempotent.
	 */
	void forget(PhotoItem item) {
		PhotoKey self = new PhotoKey(item.getPk(), item.getSk());
		if (item.getSha256() != null) {
			forgetDigest(item, self);
		}
		if (item.getEventId() == null || item.getPerceptualHash() == null) {
			return;
		}
		long hash = Long.parseUnsignedLong(item.getPerceptualHash(), 16);
		for (int block = 0; block < PerceptualHash.BLOCKS; block++) {
			Map<String, AttributeValue> key = Items
				.key(blockKey(item.getEventId(), block, PerceptualHash.block(hash, block)), PhotoMapper.text(self));
			this.db.deleteItem((delete) -> delete.tableName(this.table).key(key));
		}
	}

	private void forgetDigest(PhotoItem item, PhotoKey self) {
		try {
			this.db.deleteItem((delete) -> delete.tableName(this.table)
				.key(digestKey(item))
				.conditionExpression("photo = :self")
				.expressionAttributeValues(Map.of(":self", Items.s(PhotoMapper.text(self)))));
		}
		catch (ConditionalCheckFailedException notItsClaim) {
			// no claim, or an earlier photo's: that one is not this guest's to delete
		}
	}

	private static Map<String, AttributeValue> digestKey(PhotoItem item) {
		String scope = (item.getEventId() != null) ? item.getEventId() : "-";
		return KeySpace.DIGEST.key(scope, item.getSha256());
	}

	private Optional<PhotoKey> claimDigest(PhotoItem item, PhotoKey self) {
		Map<String, AttributeValue> key = digestKey(item);
		Map<String, AttributeValue> claim = new HashMap<>(key);
		claim.put("photo", Items.s(PhotoMapper.text(self)));
		expiry(claim, item);
		try {
			this.db.putItem(
					(put) -> put.tableName(this.table).item(claim).conditionExpression("attribute_not_exists(pk)"));
			return Optional.empty();
		}
		catch (ConditionalCheckFailedException taken) {
			Map<String, AttributeValue> first = this.db
				.getItem((get) -> get.tableName(this.table).key(key).consistentRead(true))
				.item();
			PhotoKey original = PhotoMapper.key(Items.text(first, "photo"));
			if (original == null || original.equals(self)) {
				return Optional.empty();
			}
			if (!counts(original)) {
				this.db.putItem((put) -> put.tableName(this.table).item(claim));
				return Optional.empty();
			}
			return Optional.of(original);
		}
	}

	private Optional<PhotoKey> similar(String eventId, long hash, PhotoKey self) {
		for (int block = 0; block < PerceptualHash.BLOCKS; block++) {
			String pk = blockKey(eventId, block, PerceptualHash.block(hash, block));
			for (Map<String, AttributeValue> candidate : this.db
				.query((query) -> query.tableName(this.table)
					.keyConditionExpression("pk = :pk")
					.expressionAttributeValues(Map.of(":pk", Items.s(pk))))
				.items()) {
				PhotoKey other = PhotoMapper.key(Items.text(candidate, "photo"));
				long otherHash = Long.parseUnsignedLong(Items.text(candidate, "hash"), 16);
				if (!self.equals(other) && PerceptualHash.distance(hash, otherHash) <= this.maxDistance
						&& counts(other)) {
					log.info("photo {} looks like {} (distance {})", self, other,
							PerceptualHash.distance(hash, otherHash));
					return Optional.of(other);
				}
			}
		}
		return Optional.empty();
	}

	private void register(PhotoItem item, long hash, PhotoKey self) {
		item.setPerceptualHash(Long.toHexString(hash));
		for (int block = 0; block < PerceptualHash.BLOCKS; block++) {
			Map<String, AttributeValue> entry = new HashMap<>(Items
				.key(blockKey(item.getEventId(), block, PerceptualHash.block(hash, block)), PhotoMapper.text(self)));
			entry.put("photo", Items.s(PhotoMapper.text(self)));
			entry.put("hash", Items.s(Long.toHexString(hash)));
			expiry(entry, item);
			this.db.putItem((put) -> put.tableName(this.table).item(entry));
		}
	}

	/** An earlier photo counts while it is kept and was not unsent or itself a repeat. */
	private boolean counts(PhotoKey original) {
		return this.photos.find(original)
			.filter((photo) -> photo.getStatus() != PhotoStatus.DELETED && photo.getStatus() != PhotoStatus.DUPLICATE)
			.isPresent();
	}

	private static String blockKey(String eventId, int block, int value) {
		return KeySpace.PERCEPTUAL_HASH.pk(eventId, block, Integer.toHexString(value));
	}

	private static void expiry(Map<String, AttributeValue> entry, PhotoItem item) {
		if (item.getExpiresAt() != null) {
			entry.put(SingleTable.EXPIRY_ATTRIBUTE, Items.n(item.getExpiresAt()));
		}
	}

}
