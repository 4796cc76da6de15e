package com.happinessscouter.submission;

import java.util.List;

/**
 * Pending results claimed for sending (see {@link Submissions#claimPending}).
 *
 * @param id the claim's id
 * @param photos the photos this caller may send, oldest first
 */
public record PendingClaim(String id, List<Photo> photos) {

	public boolean isEmpty() {
		return this.photos.isEmpty();
	}

	List<PhotoKey> keys() {
		return this.photos.stream().map(Photo::key).toList();
	}

}
