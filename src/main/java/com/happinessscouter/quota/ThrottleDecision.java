package com.happinessscouter.quota;

import java.util.List;
import java.util.Objects;

/**
 * Whether the bot is busy now, and why (shown to admins).
 *
 * @param busy answer photos with "busy" instead of analysing them
 * @param reason e.g. {@code busy: 300 analyses this month, budget 300} (English, for
 * logs)
 * @param key the reason as a console message key ({@code quota.decision.*}): the console
 * shows it in its own language, never the English reason
 * @param args the key's arguments, in order
 */
public record ThrottleDecision(boolean busy, String reason, String key, List<Object> args) {

	public ThrottleDecision {
		Objects.requireNonNull(key, "a decision's console text");
		args = List.copyOf(args);
	}

	static ThrottleDecision of(boolean busy, String reason, String key, Object... args) {
		return new ThrottleDecision(busy, reason, key, List.of(args));
	}

}
