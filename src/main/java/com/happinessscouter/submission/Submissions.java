package com.happinessscouter.submission;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.happinessscouter.line.Delivery;
import com.happinessscouter.submission.internal.AnswerDue;
import com.happinessscouter.submission.internal.PhotoDeletion;
import com.happinessscouter.submission.internal.PhotoMapper;
import com.happinessscouter.submission.internal.PhotoObjects;
import com.happinessscouter.submission.internal.PhotoRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The photo module's facade: questions about photos, the answer bookkeeping, hiding and
 * deleting photos.
 */
@Service
public class Submissions {

	private final PhotoRepository photos;

	private final PhotoObjects objects;

	private final PhotoDeletion deletion;

	private final AnswerDue answerDue;

	private final ApplicationEventPublisher publisher;

	Submissions(PhotoRepository photos, PhotoObjects objects, PhotoDeletion deletion, AnswerDue answerDue,
			ApplicationEventPublisher publisher) {
		this.deletion = deletion;
		this.answerDue = answerDue;
		this.publisher = publisher;
		this.photos = photos;
		this.objects = objects;
	}

	/** A guest's photos, newest first. */
	public List<Photo> ofGuest(String userId) {
		return this.photos.ofGuest(userId).stream().map(PhotoMapper::photo).toList();
	}

	/** A link to the photo valid for a few minutes (the bucket is private). */
	public String thumbnailUrl(Photo photo) {
		return thumbnailUrl(photo.s3Key());
	}

	public Optional<Photo> find(PhotoKey key) {
		return this.photos.find(key).map(PhotoMapper::photo);
	}

	/** What the photo bucket holds now. */
	public record Stored(long photos, long bytes) {
	}

	/** Counts the stored photos and their bytes (lists the bucket: for the cost page). */
	public Stored stored() {
		long[] usage = this.objects.usage();
		return new Stored(usage[0], usage[1]);
	}

	/** The keys of every stored photo object (lists the bucket: for the export). */
	public List<String> storedKeys() {
		return this.objects.keys();
	}

	/** Reads a stored photo object; the caller closes the stream. */
	public InputStream open(String s3Key) {
		return this.objects.open(s3Key);
	}

	/** A link to a stored object valid for a few minutes. */
	public String thumbnailUrl(String s3Key) {
		return this.objects.presignedUrl(s3Key, Duration.ofMinutes(10));
	}

	/**
	 * Hides a photo from the big screen or shows it again (its score still counts).
	 * @return whether there is such a photo
	 */
	public boolean setHidden(PhotoKey key, boolean hidden) {
		return this.photos.find(key).map((item) -> {
			item.setHidden(hidden);
			this.photos.save(item);
			this.publisher.publishEvent(new PhotoVisibilityChanged(key, item.getEventId(), hidden));
			return true;
		}).orElse(false);
	}

	/**
	 * Claims the one answer of the photo's image set, right before it is sent: only the
	 * first caller gets {@code true}.
	 */
	public boolean claimSetAnswer(Photo photo) {
		return this.answerDue.claimSetAnswer(photo);
	}

	/** Records that the guest was answered about these photos (each once). */
	public void markAnswered(List<Photo> answered, Delivery via) {
		answered.forEach((photo) -> this.photos.markAnswered(photo.key(), via));
	}

	/**
	 * Deletes everything stored for a guest: photos (S3 objects and records), their
	 * image-set claims and their fingerprints (digest claims, perceptual-hash blocks).
	 * Idempotent.
	 * @return the photos that were deleted
	 */
	public List<Photo> eraseGuest(String userId) {
		return this.deletion.eraseGuest(userId);
	}

	/**
	 * Deletes one photo (S3 object, record and fingerprints) and announces
	 * {@link PhotoRemoved}.
	 * @return the photo, or empty when there was none
	 */
	public Optional<Photo> delete(PhotoKey key) {
		return this.deletion.delete(key);
	}

}
