package com.happinessscouter.submission;

import com.happinessscouter.webhook.EventContext;

/**
 * Everything kept about a guest was deleted at their request (photos in S3, records,
 * counts).
 *
 * @param context the event of the confirmation
 * @param photos how many photos were deleted
 */
public record GuestDataDeleted(EventContext context, int photos) {
}
