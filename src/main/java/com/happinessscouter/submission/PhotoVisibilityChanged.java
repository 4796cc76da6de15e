package com.happinessscouter.submission;

/**
 * A host or admin hid a photo from the big screen, or showed it again.
 *
 * @param key the photo
 * @param eventId its event, or {@code null}
 * @param hidden whether it is hidden now
 */
public record PhotoVisibilityChanged(PhotoKey key, String eventId, boolean hidden) {
}
