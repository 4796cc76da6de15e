package com.happinessscouter.reply.internal;

import com.happinessscouter.reply.BotLanguage;
import java.util.ArrayList;
import java.util.List;

import com.happinessscouter.leaderboard.Place;
import com.happinessscouter.scoring.Emotion;
import com.happinessscouter.scoring.HappinessScore;

/**
 * What one score bubble says, already in the guest's language: the typed data
 * {@link ScoreBubbles} lays out.
 *
 * @param title the header, "幸せ戦闘力" / "Happiness power"
 * @param power the power with digit grouping, "550,000"
 * @param faces "3人の顔・2人が笑顔" / "3 faces, 2 smiling", or that no face was found
 * @param cheer the near-perfect line ("新郎新婦に負けない笑顔!"), or {@code null}
 * @param place the guest's place in the event, "いま3位 / 57人中" / "Now #3 of 57", or
 * {@code null} outside an event or when the guest is not ranked
 * @param bars one per {@link Emotion}, in {@link Emotion} order
 * @param altText what notifications and the chat list show instead of the bubble
 */
record ScoreCard(String title, String power, String faces, String cheer, String place, List<EmotionBar> bars,
		String altText) {

	/**
	 * Power from which a photo counts as a near-perfect smile: 98% of a lone perfect
	 * smile (550,000). A group's bonus counts too, so several broad smiles also get
	 * there.
	 */
	static final long NEAR_PERFECT_POWER = 540_000;

	ScoreCard {
		bars = List.copyOf(bars);
	}

	/**
	 * @param place the guest's place to tell, or {@code null}
	 */
	static ScoreCard of(HappinessScore score, Place place, BotLanguage language) {
		String power = language.number(score.power());
		String faces = (score.faceCount() > 0)
				? language.text("bot.score.faces", score.faceCount(), score.smilingFaces())
				: language.text("bot.score.noFaces");
		String cheer = nearPerfect(score) ? language.text("bot.score.nearPerfect") : null;
		String placeLine = (place != null)
				? language.text("bot.score.place", language.number(place.rank()), language.number(place.ranked()))
				: null;
		String altText = language.text("bot.score.altText", power, score.faceCount());
		return new ScoreCard(language.text("bot.score.title"), power, faces, cheer, placeLine, bars(score, language),
				altText);
	}

	static boolean nearPerfect(HappinessScore score) {
		return score.power() >= NEAR_PERFECT_POWER;
	}

	boolean nearPerfect() {
		return this.cheer != null;
	}

	private static List<EmotionBar> bars(HappinessScore score, BotLanguage language) {
		List<EmotionBar> bars = new ArrayList<>();
		for (Emotion emotion : Emotion.values()) {
			bars.add(new EmotionBar(language.text(EmotionPalette.labelKey(emotion)), EmotionPalette.color(emotion),
					EmotionBar.percentOf(score.share(emotion))));
		}
		return bars;
	}

}
