package com.happinessscouter.reply.internal;

import java.util.Locale;

import com.happinessscouter.scoring.Emotion;

/**
 * How each emotion is shown in a score bubble: its bar colour and its label's message
 * key.
 */
final class EmotionPalette {

	static final String HAPPY = "#FF6F91";

	static final String CALM = "#4DB6AC";

	static final String SURPRISED = "#FFB300";

	static final String FEAR = "#9575CD";

	static final String CONFUSED = "#A1887F";

	static final String DISGUSTED = "#7CB342";

	static final String ANGRY = "#E53935";

	static final String SAD = "#5C8DD6";

	/** The grey track a bar fills. */
	static final String TRACK = "#EEEEEE";

	private EmotionPalette() {
	}

	static String color(Emotion emotion) {
		return switch (emotion) {
			case HAPPY -> HAPPY;
			case CALM -> CALM;
			case SURPRISED -> SURPRISED;
			case FEAR -> FEAR;
			case CONFUSED -> CONFUSED;
			case DISGUSTED -> DISGUSTED;
			case ANGRY -> ANGRY;
			case SAD -> SAD;
		};
	}

	/** {@code bot.emotion.happy} and so on. */
	static String labelKey(Emotion emotion) {
		return "bot.emotion." + emotion.name().toLowerCase(Locale.ROOT);
	}

}
