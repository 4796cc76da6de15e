package com.happinessscouter.quota;

/**
 * Whether the bot is busy now, and why (shown to admins).
 *
 * @param busy answer photos with "busy" instead of analysing them
 * @param reason e.g. {@code busy: 3 pushes left, threshold 10}
 */
public record ThrottleDecision(boolean busy, String reason) {
}
