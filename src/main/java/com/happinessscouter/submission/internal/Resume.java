package com.happinessscouter.submission.internal;

import com.happinessscouter.submission.PhotoStatus;

/**
 * Where processing a photo picks up, from what an earlier attempt left in the table.
 */
enum Resume {

	/** Not stored yet: ask the throttle, then fetch it from LINE and store it. */
	RECEIVE,
	/**
	 * Answered already, its result pending for the guest's next message, or deleted by
	 * the guest: nothing more happens.
	 */
	DONE,
	/** Stored but not scored: score it, then answer. */
	SCORE,
	/** Scored (or settled otherwise) but not answered: answer. */
	ANSWER;

	/**
	 * Where to pick up for a photo.
	 * @param item the photo's item, {@code null} when it is not stored
	 * @return the step to take next
	 */
	static Resume of(PhotoItem item) {
		if (item == null) {
			return RECEIVE;
		}
		if (item.getAnsweredAt() != null || item.getAnsweredVia() != null || item.getStatus() == PhotoStatus.DELETED) {
			return DONE;
		}
		return item.getStatus() == PhotoStatus.RECEIVED ? SCORE : ANSWER;
	}

}
