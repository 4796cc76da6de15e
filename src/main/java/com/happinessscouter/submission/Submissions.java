package com.happinessscouter.submission;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.happinessscouter.submission.internal.PhotoMapper;
import com.happinessscouter.submission.internal.PhotoObjects;
import com.happinessscouter.submission.internal.PhotoRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Questions about photos and the answer bookkeeping, for the reply and the console. */
@Service
public class Submissions {

	private final PhotoRepository photos;

	private final Clock clock;

	private final PhotoObjects objects;

	private final ApplicationEventPublisher publisher;

	Submissions(PhotoRepository photos, PhotoObjects objects, ApplicationEventPublisher publisher, Clock clock) {
		this.publisher = publisher;
		this.photos = photos;
		this.objects = objects;
		this.clock = clock;
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

	/** The photos of one image set that have arrived so far. */
	public List<Photo> imageSet(String userId, String imageSetId) {
		return this.photos.inSet(userId, imageSetId).stream().map(PhotoMapper::photo).toList();
	}

	/** Only the first caller gets {@code true}: that one answers the whole set. */
	public boolean claimImageSetAnswer(String userId, String imageSetId) {
		long expiresAt = this.clock.instant().plus(Duration.ofDays(7)).getEpochSecond();
		return this.photos.claimSetAnswer(userId, imageSetId, expiresAt);
	}

	/**
	 * Records that the guest was answered about this photo.
	 * @param via {@code REPLY}, {@code PUSH} or {@code WITHHELD}
	 * @return {@code false} when it had been answered before
	 */
	public boolean markAnswered(PhotoKey key, String via) {
		return this.photos.markAnswered(key, via);
	}

}
