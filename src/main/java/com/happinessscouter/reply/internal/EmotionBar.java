package com.happinessscouter.reply.internal;

/**
 * One row of a score bubble: an emotion's label, its colour and its share of the mood.
 *
 * @param label the emotion's name in the guest's language
 * @param color the bar's colour, {@code #RRGGBB}
 * @param percent the share, 0-100
 */
record EmotionBar(String label, String color, int percent) {

	EmotionBar {
		percent = Math.clamp(percent, 0, 100);
	}

	/** A share (0-100, any precision) rounded to a whole percent. */
	static int percentOf(double share) {
		return Double.isFinite(share) ? (int) Math.round(share) : 0;
	}

	/** The bar's width, also its text: {@code 37%}. */
	String width() {
		return this.percent + "%";
	}

}
