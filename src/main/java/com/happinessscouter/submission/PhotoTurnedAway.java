package com.happinessscouter.submission;

import com.happinessscouter.webhook.EventContext;

/**
 * A photo was not taken in because the bot is busy (the throttle switch): nothing was
 * stored or analysed; the guest should hear why, through the free reply only.
 *
 * @param key the photo that was sent
 * @param context the event it came with
 * @param reason why the bot is busy (for the logs)
 */
public record PhotoTurnedAway(PhotoKey key, EventContext context, String reason) {
}
