package com.happinessscouter.submission;

/**
 * A photo was deleted (unsent by the guest or deleted by an admin).
 *
 * @param key the photo
 * @param eventId its event, or {@code null}
 */
public record PhotoRemoved(PhotoKey key, String eventId) {
}
