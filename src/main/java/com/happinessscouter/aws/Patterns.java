package com.happinessscouter.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Key patterns such as {@code BOARD#{eventId}}: placeholders filled in order. */
final class Patterns {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]+}");

	private Patterns() {
	}

	static String fill(String space, String pattern, Object[] values) {
		Matcher matcher = PLACEHOLDER.matcher(pattern);
		List<Object> left = new ArrayList<>(List.of(values));
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			if (left.isEmpty()) {
				throw new IllegalArgumentException(space + " needs a value for " + matcher.group());
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(left.removeFirst())));
		}
		if (!left.isEmpty()) {
			throw new IllegalArgumentException(space + " takes fewer values than " + values.length);
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/** The literal start of a pattern, before its first placeholder. */
	static String prefix(String pattern) {
		int brace = pattern.indexOf('{');
		return (brace < 0) ? pattern : pattern.substring(0, brace);
	}

}
