package com.happinessscouter.submission;

import com.happinessscouter.webhook.EventContext;

/**
 * A photo reached a final state (scored, no face, failed) and its guest is waiting for an
 * answer. Published again when an answer did not go out before a restart, so listeners
 * must answer only photos that are not {@link Photo#answered()}.
 */
public record PhotoProcessed(Photo photo, EventContext context) {
}
