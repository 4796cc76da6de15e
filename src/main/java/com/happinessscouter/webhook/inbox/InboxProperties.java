package com.happinessscouter.webhook.inbox;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How webhook events are worked off.
 *
 * @param workers threads handling events (downloads, analysis, replies)
 * @param capacity events held in memory per instance; beyond it they wait in the table
 * @param lease how long a claimed event is this instance's before another may take it
 * @param sweepInterval how often the table is checked for waiting events
 * @param giveUpAfter an event still failing this long after it arrived is abandoned
 * @param dedupeWindow how long an event id is remembered (redeliveries come within a day)
 * @param warmUpRequests rounds of the webhook's warm-up when the app starts, before it
 * reports ready: each a signed verification request to its own webhook, the decoding of
 * sample events and a put that stores nothing (0 = none)
 * @param concurrentReads webhook bodies read at once; a request beyond them is answered
 * 503 before its body is read (LINE redelivers)
 * @param readTimeout a webhook body must arrive within this (a slow sender is cut off)
 * @param lateNoticeMargin a photo whose result is expected later than its reply token's
 * deadline less this (or whose deadline is this close) gets a "please wait" reply with
 * its token; its result then waits for the guest's next message
 */
@Validated
@ConfigurationProperties("app.webhook")
public record InboxProperties(@Min(1) @Max(256) int workers, @Min(1) @Max(100_000) int capacity,
		@NotNull Duration lease, @NotNull Duration sweepInterval, @NotNull Duration giveUpAfter,
		@NotNull Duration dedupeWindow, @Min(0) @Max(10_000) int warmUpRequests,
		@Min(1) @Max(10_000) int concurrentReads, @NotNull Duration readTimeout, @NotNull Duration lateNoticeMargin) {
}
