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
 * photo alone, or its whole image set once every photo of it is final (claimed by one
 * worker only); empty when no answer is due here (the set is not complete, or another
 * worker answers it)
 * @param repeatedOwnPower when the photo repeats one of the guest's own earlier photos,
 * that photo's power; else {@code null}
 */
public record PhotoProcessed(Photo photo, EventContext context, List<Photo> answering, Long repeatedOwnPower) {
}
