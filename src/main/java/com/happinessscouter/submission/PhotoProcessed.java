package com.happinessscouter.submission;

import java.util.List;

import com.happinessscouter.webhook.EventContext;

/**
 * A photo reached a final state (scored, no face, failed, a repeat) and its guest is
 * waiting for an answer. Published again when an answer did not go out before a restart.
 *
 * @param photo the photo
 * @param context the guest's event that brought it
 * @param answering the photos the answer now due covers, in the order they were sent: the
 * photo alone, or its whole image set once every photo of it is final (whoever answers a
 * set claims it first, {@link Submissions#claimSetAnswer}); empty while the set is
 * incomplete
 * @param repeatedOwnPower when the answer covers a repeat of one of the guest's own
 * earlier photos, that photo's power; else {@code null}
 */
public record PhotoProcessed(Photo photo, EventContext context, List<Photo> answering, Long repeatedOwnPower) {
}
