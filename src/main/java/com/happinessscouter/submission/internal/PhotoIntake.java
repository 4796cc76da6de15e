package com.happinessscouter.submission.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.images.ImageFormat;
import com.happinessscouter.images.ImageRejectedException;
import com.happinessscouter.images.Images;
import com.happinessscouter.line.ContentTooLargeException;
import com.happinessscouter.line.LineApiException;
import com.happinessscouter.line.LineContent;
import com.happinessscouter.retention.Retention;
import com.happinessscouter.submission.PhotoKey;
import com.happinessscouter.submission.PhotoProblem;
import com.happinessscouter.submission.PhotoStatus;
import com.happinessscouter.submission.SubmissionProperties;
import com.happinessscouter.webhook.GuestEvent;

import org.springframework.stereotype.Component;

/**
 * Fetches a photo from LINE, checks it is a JPEG or PNG within the size limit and the
 * pixel budget (from its header, before anything decodes it), stores it in S3 and records
 * it, tagged with the event open when it was sent. What cannot be scored is recorded as
 * FAILED with its problem, and not stored.
 */
@Component
class PhotoIntake {

	record Received(PhotoItem item, byte[] bytes) {
	}

	private final LineContent content;

	private final PhotoObjects objects;

	private final PhotoRepository photos;

	private final SubmissionProperties properties;

	private final Retention retention;

	private final Events events;

	private final Images images;

	private final Clock clock;

	PhotoIntake(LineContent content, PhotoObjects objects, PhotoRepository photos, SubmissionProperties properties,
			Retention retention, Events events, Images images, Clock clock) {
		this.events = events;
		this.images = images;
		this.content = content;
		this.retention = retention;
		this.objects = objects;
		this.photos = photos;
		this.properties = properties;
		this.clock = clock;
	}

	Received receive(PhotoKey key, GuestEvent.PhotoSent sent) {
		PhotoItem item = newItem(key, sent);
		byte[] bytes = download(sent, item);
		if (bytes != null) {
			store(item, bytes);
		}
		if (!this.photos.create(item)) {
			return new Received(this.photos.find(key).orElseThrow(), null);
		}
		return new Received(item, bytes);
	}

	private byte[] download(GuestEvent.PhotoSent sent, PhotoItem item) {
		try {
			byte[] bytes = this.content.download(sent.content(), this.properties.maxPhotoBytes());
			return accepted(bytes, item) ? bytes : null;
		}
		catch (ContentTooLargeException ex) {
			fail(item, PhotoProblem.FILE_TOO_LARGE);
			return null;
		}
		catch (LineApiException ex) {
			if (ex.retryable()) {
				throw ex;
			}
			fail(item, PhotoProblem.CONTENT_UNAVAILABLE);
			return null;
		}
	}

	/**
	 * Whether the photo may be stored: not when it is refused for good without decoding
	 * it (not a JPEG or PNG, more pixels than the budget). A header cut short or broken
	 * is stored: the analyzer gives the kind answer.
	 */
	private boolean accepted(byte[] bytes, PhotoItem item) {
		try {
			this.images.inspect(bytes);
			return true;
		}
		catch (ImageRejectedException ex) {
			PhotoProblem problem = switch (ex.reason()) {
				case UNSUPPORTED_FORMAT -> PhotoProblem.NOT_AN_IMAGE;
				case TOO_MANY_PIXELS -> PhotoProblem.IMAGE_TOO_LARGE;
				case TRUNCATED, CORRUPT -> null;
			};
			if (problem != null) {
				fail(item, problem);
			}
			return problem == null;
		}
	}

	private void store(PhotoItem item, byte[] bytes) {
		ImageFormat type = ImageFormat.sniff(bytes).orElseThrow();
		String sha256 = sha256(bytes);
		String s3Key = PhotoObjects.objectKey(item.getPk(), item.getSk(), type);
		this.objects.put(s3Key, bytes, type, sha256);
		item.setS3Key(s3Key);
		item.setContentType(type.mimeType());
		item.setSizeBytes((long) bytes.length);
		item.setSha256(sha256);
	}

	private PhotoItem newItem(PhotoKey key, GuestEvent.PhotoSent sent) {
		Instant now = this.clock.instant();
		PhotoItem item = new PhotoItem();
		item.setPk(key.userId());
		item.setSk(key.imageId());
		item.setItemType(PhotoRepository.PHOTO);
		item.setStatus(PhotoStatus.RECEIVED);
		item.setOrigin(PhotoMapper.origin(sent.context(), sent.imageSet()));
		item.setCreatedAt(now.toEpochMilli());
		item.setEventId(this.events.openAt(sent.context().occurredAt()).map(WeddingEvent::id).orElse(null));
		PhotoExpiry.set(item, now.plus(this.retention.photoRetention()));
		return item;
	}

	private static void fail(PhotoItem item, PhotoProblem problem) {
		item.setStatus(PhotoStatus.FAILED);
		item.setProblem(problem.name());
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
