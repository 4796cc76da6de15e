package com.happinessscouter.leaderboard;

import java.time.Instant;

/**
 * A scored photo of the event as the big screen and the moderation queue see it.
 *
 * @param userId the guest
 * @param imageId the photo
 * @param displayName the guest's name
 * @param power its happiness power
 * @param s3Key the stored photo
 * @param sentAt when it was sent
 * @param state whether the big screen may show it
 */
public record Showcased(String userId, String imageId, String displayName, long power, String s3Key, Instant sentAt,
		State state) {

	/** Whether the big screen may show a photo. */
	public enum State {

		/** Waiting for a host's approval (pre-moderation). */
		PENDING,
		/** Shown. */
		VISIBLE,
		/** Hidden by a host or admin. */
		HIDDEN

	}

}
