package com.happinessscouter.guests.internal;

import java.util.List;

import com.happinessscouter.guests.GuestErased;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoKey;
import com.happinessscouter.submission.Submissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Deletes everything kept about a guest, or one photo: the photo module deletes the S3
 * objects and records, {@link GuestStats} takes them out of the counts.
 */
@Component
public class GuestData {

	private static final Logger log = LoggerFactory.getLogger(GuestData.class);

	private final Submissions submissions;

	private final GuestStats stats;

	private final ApplicationEventPublisher publisher;

	GuestData(Submissions submissions, GuestStats stats, ApplicationEventPublisher publisher) {
		this.submissions = submissions;
		this.stats = stats;
		this.publisher = publisher;
	}

	/**
	 * Deletes the guest's photos, records and summary. Idempotent (a retry deletes what
	 * is left).
	 * @return how many photos were deleted
	 */
	public int deleteAll(String userId) {
		List<Photo> photos = this.submissions.eraseGuest(userId);
		this.stats.forgetGuest(userId, photos.stream().map(GuestStats.Counted::of).toList());
		this.publisher.publishEvent(new GuestErased(userId));
		log.info("deleted all data of guest {}: {} photos", userId, photos.size());
		return photos.size();
	}

	/**
	 * Deletes one photo (S3 object and record) and takes it out of the counts.
	 * @return whether there was such a photo
	 */
	public boolean deletePhoto(String userId, String imageId) {
		return this.submissions.delete(new PhotoKey(userId, imageId)).map((photo) -> {
			this.stats.forgetPhoto(userId, GuestStats.Counted.of(photo));
			log.info("deleted photo {}/{}", userId, imageId);
			return true;
		}).orElse(false);
	}

}
