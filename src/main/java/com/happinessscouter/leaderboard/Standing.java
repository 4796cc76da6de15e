package com.happinessscouter.leaderboard;

import java.time.Instant;

/**
 * One guest's place on the board.
 *
 * @param rank 1 for the best
 * @param userId the guest
 * @param displayName the LINE display name, or {@code null} when the guest asked not to
 * be shown
 * @param power the guest's best happiness power in the event
 * @param imageId the photo that scored it
 * @param photoS3Key the photo to show, or {@code null} when hidden, awaiting approval or
 * the guest asked not to be shown
 * @param sentAt when that photo was sent (the earlier wins a tie)
 */
public record Standing(int rank, String userId, String displayName, long power, String imageId, String photoS3Key,
		Instant sentAt) {

	public boolean anonymous() {
		return this.displayName == null;
	}

}
