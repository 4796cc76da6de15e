package com.happinessscouter.quota;

import java.util.List;

/**
 * Whether the bot is busy now, and why (shown to admins).
 *
 * @param busy answer photos with "busy" instead of analysing them
 * @param reason e.g. {@code busy: 3 pushes left, threshold 10} (English, for logs)
 * @param key the reason as a console message key ({@code quota.decision.*}), {@code null}
 * when there is none: the console then shows {@code reason}
 * @param args the key's arguments, in order
 */
public record ThrottleDecision(boolean busy, String reason, String key, List<Object> args) {

	public ThrottleDecision {
		args = List.copyOf(args);
	}

	/** A decision with no console text of its own (the console shows the reason). */
	public ThrottleDecision(boolean busy, String reason) {
		this(busy, reason, null, List.of());
	}

	static ThrottleDecision of(boolean busy, String reason, String key, Object... args) {
		return new ThrottleDecision(busy, reason, key, List.of(args));
	}

}
