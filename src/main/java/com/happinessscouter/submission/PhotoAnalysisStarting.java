package com.happinessscouter.submission;

import com.happinessscouter.webhook.EventContext;

/** A stored photo is about to be analysed (a moment for LINE's loading animation). */
public record PhotoAnalysisStarting(PhotoKey key, EventContext context) {
}
