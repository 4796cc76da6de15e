package com.happinessscouter.aws;

import java.util.ArrayList;
import java.util.List;

/**
 * A key pattern such as {@code BOARD#{eventId}}, split once into its literal parts, so a
 * key is filled in with one {@link StringBuilder} (keys are built on every table call,
 * the webhook's acknowledgement included).
 */
final class KeyPattern {

	private final String space;

	private final String pattern;

	/** The literal text around the placeholders: one more than there are placeholders. */
	private final String[] literals;

	KeyPattern(String space, String pattern) {
		this.space = space;
		this.pattern = pattern;
		List<String> parts = new ArrayList<>();
		int from = 0;
		int open = pattern.indexOf('{');
		while (open >= 0) {
			parts.add(pattern.substring(from, open));
			from = pattern.indexOf('}', open) + 1;
			open = pattern.indexOf('{', from);
		}
		parts.add(pattern.substring(from));
		this.literals = parts.toArray(String[]::new);
	}

	@Override
	public String toString() {
		return this.pattern;
	}

	/** The literal start, before the first placeholder. */
	String prefix() {
		return this.literals[0];
	}

	/** The pattern with {@code values} in place of its placeholders, in order. */
	String fill(Object[] values) {
		if (values.length != this.literals.length - 1) {
			throw new IllegalArgumentException(this.space + " takes " + (this.literals.length - 1) + " values for "
					+ this.pattern + ", not " + values.length);
		}
		if (values.length == 0) {
			return this.pattern;
		}
		StringBuilder key = new StringBuilder(this.pattern.length() + 32).append(this.literals[0]);
		for (int i = 0; i < values.length; i++) {
			key.append(values[i]).append(this.literals[i + 1]);
		}
		return key.toString();
	}

}
