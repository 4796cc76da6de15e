package com.happinessscouter.guests.internal;

import java.util.List;

import com.happinessscouter.guests.GuestErased;
import com.happinessscouter.limits.GuestLimits;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoKey;
import com.happinessscouter.submission.Submissions;
import com.happinessscouter.tables.Tables;
import com.happinessscouter.webhook.StoredEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Deletes everything kept about a guest, or one photo: the photo module deletes the S3
 * objects, records and fingerprints, the webhook the guest's waiting events, the limits
 * the guest's counts, the tables the guest's seats, {@link GuestStats} takes them out of
 * the counts.
 */
@Component
public class GuestData {

	private static final Logger log = LoggerFactory.getLogger(GuestData.class);

	private final Submissions submissions;

	private final GuestStats stats;

	private final ApplicationEventPublisher publisher;

	private final StoredEvents events;

	private final GuestLimits limits;

	private final Tables tables;

	GuestData(Submissions submissions, GuestStats stats, StoredEvents events, GuestLimits limits, Tables tables,
			ApplicationEventPublisher publisher) {
		this.tables = tables;
		this.limits = limits;
		this.submissions = submissions;
		this.events = events;
		this.stats = stats;
		this.publisher = publisher;
	}

	/**
	 * Deletes the guest's photos, records, fingerprints, summary and the events they sent
	 * that wait to be worked off. Idempotent (a retry deletes what is left).
	 * @return how many photos were deleted
	 */
	public int deleteAll(String userId) {
		return deleteAll(userId, null);
	}

	/**
	 * {@link #deleteAll(String)}, asked by the guest in the webhook event
	 * {@code askingEventId}, which is left to finish (and be retried if need be).
	 * @return how many photos were deleted
	 */
	public int deleteAll(String userId, String askingEventId) {
		// waiting events first: a photo still waiting must not come back afterwards
		int waiting = this.events.eraseGuest(userId, askingEventId);
		List<Photo> photos = this.submissions.eraseGuest(userId);
		this.stats.forgetGuest(userId, photos.stream().map(GuestStats.Counted::of).toList());
		this.limits.forgetGuest(userId);
		this.tables.forgetGuest(userId);
		this.publisher.publishEvent(new GuestErased(userId));
		log.info("deleted all data of guest {}: {} photos, {} waiting events", userId, photos.size(), waiting);
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
