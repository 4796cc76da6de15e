package com.happinessscouter.submission;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.happinessscouter.submission.internal.PhotoMapper;
import com.happinessscouter.submission.internal.PhotoRepository;

import org.springframework.stereotype.Service;

/** Questions about photos and the answer bookkeeping, for the reply and the console. */
@Service
public class Submissions {

	private final PhotoRepository photos;

	private final Clock clock;

	Submissions(PhotoRepository photos, Clock clock) {
		this.photos = photos;
		this.clock = clock;
	}

	public Optional<Photo> find(PhotoKey key) {
		return this.photos.find(key).map(PhotoMapper::photo);
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
