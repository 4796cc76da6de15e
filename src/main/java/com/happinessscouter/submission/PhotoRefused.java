package com.happinessscouter.submission;

import com.happinessscouter.limits.Refusal;
import com.happinessscouter.webhook.EventContext;

/**
 * A photo was over one of the guest limits: nothing was stored or analysed; the guest
 * should hear which limit and what is left, through the free reply only.
 *
 * @param key the photo that was sent
 * @param context the event it came with
 * @param refusal which limit
 */
public record PhotoRefused(PhotoKey key, EventContext context, Refusal refusal) {
}
