package com.happinessscouter.webhook.inbox;

import java.time.Instant;

/**
 * An event that needs work, as the worker sees it.
 *
 * @param eventId the webhook event id
 * @param payload the event's JSON as LINE sent it
 * @param receivedAt when the webhook recorded it
 * @param attempts how many times it was tried
 * @param dueKey the work-index sort key it was seen with (the claim compares it)
 */
public record InboxEntry(String eventId, String payload, Instant receivedAt, int attempts, String dueKey) {
}
