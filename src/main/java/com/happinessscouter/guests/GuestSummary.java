package com.happinessscouter.guests;

import java.time.Instant;

/**
 * One guest's submissions, maintained as photos are scored (never computed by a Scan).
 *
 * @param userId the LINE user id
 * @param displayName the LINE display name when the profile was available
 * @param photos photos that reached a final state (scored, no face, failed)
 * @param faces faces scored in them
 * @param bestPower the guest's best happiness power
 * @param lastPower the power of the latest photo
 * @param lastActivity when the latest photo was finished
 */
public record GuestSummary(String userId, String displayName, long photos, long faces, long bestPower, long lastPower,
		Instant lastActivity) {
}
