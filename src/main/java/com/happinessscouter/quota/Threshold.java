package com.happinessscouter.quota;

/**
 * When AUTO turns busy: at or below a number of remaining pushes, or a share of the
 * month's limit.
 *
 * @param value pushes, or percent when {@code percent}
 * @param percent whether {@code value} is a percentage of the limit
 */
public record Threshold(long value, boolean percent) {

	public Threshold {
		if (value < 0 || (percent && value > 100)) {
			throw new IllegalArgumentException("threshold must be 0 or more (0-100 for a percentage): " + value);
		}
	}

	/** {@code "10"} or {@code "5%"}. */
	public static Threshold parse(String text) {
		String trimmed = text.strip();
		try {
			return trimmed.endsWith("%")
					? new Threshold(Long.parseLong(trimmed.substring(0, trimmed.length() - 1).strip()), true)
					: new Threshold(Long.parseLong(trimmed), false);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("threshold must be a number or a percentage such as 5%: " + text, ex);
		}
	}

	/** Remaining pushes at or below which AUTO is busy, for a month's limit. */
	public long floor(long limit) {
		return this.percent ? (long) Math.ceil(limit * this.value / 100.0) : this.value;
	}

	@Override
	public String toString() {
		return this.value + (this.percent ? "%" : "");
	}

}
