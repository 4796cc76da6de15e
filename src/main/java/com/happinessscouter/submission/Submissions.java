package com.happinessscouter.submission;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.happinessscouter.line.Delivery;
import com.happinessscouter.webhook.EventContext;
import com.happinessscouter.submission.internal.AnswerDue;
import com.happinessscouter.submission.internal.HeldTaps;
import com.happinessscouter.submission.internal.PendingAnswers;
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

	private final PendingAnswers pending;

	private final HeldTaps heldTaps;

	Submissions(PhotoRepository photos, PhotoObjects objects, PhotoDeletion deletion, AnswerDue answerDue,
			PendingAnswers pending, HeldTaps heldTaps, ApplicationEventPublisher publisher) {
		this.heldTaps = heldTaps;
		this.pending = pending;
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

	/**
	 * Records that the guest was answered about these photos (each once), or with
	 * {@link Delivery#PENDING} that their results wait for the guest's next message.
	 */
	public void markAnswered(List<Photo> answered, Delivery via) {
		if (via == Delivery.PENDING) {
			answered.forEach((photo) -> this.pending.markPending(photo.key()));
			return;
		}
		answered.forEach((photo) -> this.photos.markAnswered(photo.key(), via));
	}

	/** The guest's results waiting for their next message, oldest first. */
	public List<Photo> pending(String userId) {
		return ofGuest(userId).reversed().stream().filter(Photo::pending).toList();
	}

	/**
	 * The guest's photos sent but not yet answered nor pending (still being worked on).
	 */
	public int inProgress(String userId) {
		return (int) ofGuest(userId).stream()
			.filter((photo) -> photo.delivery() == null && photo.status() != PhotoStatus.DELETED)
			.count();
	}

	/**
	 * Claims pending results right before they are sent: only the first caller gets a
	 * photo; {@link #pendingSent} or {@link #pendingNotSent} must follow.
	 * @return the claim, holding the photos this caller may send
	 */
	public PendingClaim claimPending(List<Photo> waiting) {
		String id = PendingAnswers.newClaim();
		List<PhotoKey> claimed = this.pending.claim(waiting.stream().map(Photo::key).toList(), id);
		return new PendingClaim(id, waiting.stream().filter((photo) -> claimed.contains(photo.key())).toList());
	}

	/** The claimed results went out {@code via}. */
	public void pendingSent(PendingClaim claim, Delivery via) {
		this.pending.delivered(claim.keys(), claim.id(), via);
	}

	/** The claimed results could not be sent: they wait again. */
	public void pendingNotSent(PendingClaim claim) {
		this.pending.release(claim.keys(), claim.id());
	}

	/**
	 * Holds a 結果を見る tap's reply token for the guest's photo still being worked on:
	 * whichever instance finishes it answers with it ({@link #takeHeldTap}).
	 */
	public void holdTap(EventContext tap) {
		this.heldTaps.hold(tap);
	}

	/** The guest's held tap, if any; only one caller gets it. */
	public Optional<EventContext> takeHeldTap(String userId) {
		return this.heldTaps.take(userId);
	}

	/**
	 * How many results wait for guests' next messages, overall: one read of a counter
	 * kept at write time (for the dashboard).
	 */
	public long pendingAnswers() {
		return this.pending.count();
	}

	/**
	 * Deletes everything stored for a guest: photos (S3 objects and records), their
	 * image-set claims and their fingerprints (digest claims, perceptual-hash blocks).
	 * Idempotent.
	 * @return the photos that were deleted
	 */
	public List<Photo> eraseGuest(String userId) {
		List<Photo> erased = this.deletion.eraseGuest(userId);
		this.pending.forget((int) erased.stream().filter(Photo::pending).count());
		return erased;
	}

	/**
	 * Deletes one photo (S3 object, record and fingerprints) and announces
	 * {@link PhotoRemoved}.
	 * @return the photo, or empty when there was none
	 */
	public Optional<Photo> delete(PhotoKey key) {
		Optional<Photo> deleted = this.deletion.delete(key);
		deleted.filter(Photo::pending).ifPresent((photo) -> this.pending.forget(1));
		return deleted;
	}

}
