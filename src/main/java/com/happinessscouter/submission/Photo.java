package com.happinessscouter.submission;

import java.time.Instant;
import java.util.List;

import com.happinessscouter.line.Delivery;
import com.happinessscouter.scoring.Face;
import com.happinessscouter.scoring.HappinessScore;
import com.happinessscouter.webhook.ImageSetRef;

/**
 * A guest's photo as recorded.
 *
 * @param key user id + image id
 * @param webhookEventId the event that brought it
 * @param receivedAt when LINE says it was sent
 * @param imageSet its set, or {@code null}
 * @param status where it is in its life
 * @param problem why it was not scored, or {@code null}
 * @param s3Key the S3 object key, or {@code null} when nothing was stored
 * @param contentType {@code image/jpeg} or {@code image/png}
 * @param sha256 the content digest (hex)
 * @param score the score when {@link PhotoStatus#SCORED}, else {@code null}
 * @param answered whether the guest has been answered
 * @param eventId the event open when it was sent, or {@code null}
 * @param hidden hidden from the big screen by a host or admin
 * @param duplicateOf the photo it repeats when {@link PhotoStatus#DUPLICATE}
 * @param faces each scored face with its emotions (empty unless scored)
 * @param delivery how its answer went out, {@link Delivery#PENDING} while it waits for
 * the guest's next message, {@code null} before it is answered
 */
public record Photo(PhotoKey key, String webhookEventId, Instant receivedAt, ImageSetRef imageSet, PhotoStatus status,
		PhotoProblem problem, String s3Key, String contentType, String sha256, HappinessScore score, boolean answered,
		String eventId, boolean hidden, PhotoKey duplicateOf, List<Face> faces, Delivery delivery) {

	/** Whether its result waits for the guest's next message. */
	public boolean pending() {
		return this.delivery == Delivery.PENDING;
	}

}
