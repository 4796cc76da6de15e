package com.happinessscouter.webhook;

import java.time.Duration;

/**
 * A photo's answer will not make its reply token (by the queue's estimate, or because the
 * deadline is near): the token was taken for a short "please wait" reply, which the
 * listener sends at once, off the workers. The photo is analysed later and its result
 * waits for the guest's next message.
 *
 * @param context the photo's event
 * @param ahead photos before it (queued or being analysed)
 * @param expected the estimated time until its result
 */
public record ReplyTokenLate(EventContext context, int ahead, Duration expected) {
}
