package com.happinessscouter.submission.internal;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;

import java.util.Map;

import com.happinessscouter.aws.PhotoBucket;
import com.happinessscouter.images.ImageFormat;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import org.springframework.stereotype.Component;

/** Photo bytes in S3 under {@code photos/{userId}/{messageId}.{ext}}. */
@Component
public class PhotoObjects {

	private final S3Client s3;

	private final PhotoBucket bucket;

	private final S3Presigner presigner;

	PhotoObjects(S3Client s3, S3Presigner presigner, PhotoBucket bucket) {
		this.s3 = s3;
		this.presigner = presigner;
		this.bucket = bucket;
	}

	/**
	 * A short-lived link for the console's thumbnails; the bucket itself stays private.
	 */
	public String presignedUrl(String key, Duration validFor) {
		return this.presigner.presignGetObject(
				(r) -> r.signatureDuration(validFor).getObjectRequest((get) -> get.bucket(this.bucket.name()).key(key)))
			.url()
			.toString();
	}

	public static String objectKey(String userId, String messageId, ImageFormat type) {
		return PhotoBucket.PHOTO_PREFIX + userId + "/" + messageId + "." + type.extension();
	}

	public String bucket() {
		return this.bucket.name();
	}

	public void put(String key, byte[] bytes, ImageFormat type, String sha256) {
		this.s3.putObject((r) -> r.bucket(this.bucket.name())
			.key(key)
			.contentType(type.mimeType())
			.contentLength((long) bytes.length)
			.metadata(Map.of("sha256", sha256)), RequestBody.fromBytes(bytes));
	}

	public byte[] get(String key) {
		return this.s3.getObjectAsBytes((r) -> r.bucket(this.bucket.name()).key(key)).asByteArray();
	}

	/** Every stored photo's key, page by page. */
	public List<String> keys() {
		return this.s3.listObjectsV2Paginator((r) -> r.bucket(this.bucket.name()).prefix(PhotoBucket.PHOTO_PREFIX))
			.contents()
			.stream()
			.map(S3Object::key)
			.toList();
	}

	/** How many photos are stored and their bytes (one List call per 1,000 photos). */
	public long[] usage() {
		long[] usage = new long[2];
		this.s3.listObjectsV2Paginator((r) -> r.bucket(this.bucket.name()).prefix(PhotoBucket.PHOTO_PREFIX))
			.contents()
			.forEach((object) -> {
				usage[0]++;
				usage[1] += object.size();
			});
		return usage;
	}

	/** The photo as a stream (for copying without holding it in memory). */
	public InputStream open(String key) {
		return this.s3.getObject((r) -> r.bucket(this.bucket.name()).key(key));
	}

	public void delete(String key) {
		this.s3.deleteObject((r) -> r.bucket(this.bucket.name()).key(key));
	}

}
