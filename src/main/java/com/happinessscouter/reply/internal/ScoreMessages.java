package com.happinessscouter.reply.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.happinessscouter.leaderboard.Place;
import com.happinessscouter.reply.BotLanguage;
import com.happinessscouter.reply.BotTexts;
import com.happinessscouter.scoring.FailureReason;
import com.happinessscouter.scoring.HappinessScore;
import com.happinessscouter.limits.Refusal;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexCarousel;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.TextMessage;

import org.springframework.context.MessageSource;

/**
 * What the bot says about photos, in Japanese or English, as LINE message objects: the
 * score bubbles and the photo's text replies (no face, failures, busy, repeats). Texts
 * come from the {@code bot.*} keys of {@code i18n/bot.properties} (Japanese) and
 * {@code i18n/bot_en.properties}.
 */
public class ScoreMessages {

	/** LINE's limit of bubbles in a carousel. */
	public static final int BUBBLES_PER_CAROUSEL = 12;

	/** LINE's limit of messages in one reply. */
	public static final int MESSAGES_PER_REPLY = 5;

	/** The most photos of one image set that get a bubble: 5 carousels of 12. */
	public static final int MAX_SCORES = BUBBLES_PER_CAROUSEL * MESSAGES_PER_REPLY;

	private final BotTexts texts;

	public ScoreMessages(MessageSource messageSource) {
		this.texts = new BotTexts(messageSource);
	}

	/** See {@link BotTexts#forLanguage(String)}. */
	public static Locale forLanguage(String lineLanguage) {
		return BotTexts.forLanguage(lineLanguage);
	}

	/** One photo's score as a bubble, outside an event. */
	public FlexMessage score(HappinessScore score, Locale locale) {
		return score(score, null, locale);
	}

	/**
	 * One photo's score as a bubble.
	 * @param place the guest's place in the event with this photo counted, or
	 * {@code null} for none
	 */
	public FlexMessage score(HappinessScore score, Place place, Locale locale) {
		ScoreCard card = ScoreCard.of(score, place, language(locale));
		return new FlexMessage(card.altText(), ScoreBubbles.bubble(card));
	}

	/** The scores of an image set outside an event: see the next. */
	public List<Message> scores(List<HappinessScore> scores, Locale locale) {
		return scores(scores, null, locale);
	}

	/**
	 * The scores of an image set, in the order the photos were sent: one bubble for a
	 * single photo, else carousels of up to {@value #BUBBLES_PER_CAROUSEL} bubbles, at
	 * most {@value #MESSAGES_PER_REPLY} messages (what one reply carries). Of more than
	 * {@value #MAX_SCORES} photos only the {@value #MAX_SCORES} with the highest power
	 * are shown. No scores, no messages.
	 * @param place the guest's place in the event with the set counted, told once, in the
	 * first bubble; or {@code null} for none
	 */
	public List<Message> scores(List<HappinessScore> scores, Place place, Locale locale) {
		List<HappinessScore> shown = ScoreBatches.best(scores, MAX_SCORES);
		if (shown.size() == 1) {
			return List.of(score(shown.getFirst(), place, locale));
		}
		BotLanguage language = language(locale);
		List<Message> carousels = new ArrayList<>();
		for (List<HappinessScore> chunk : ScoreBatches.chunks(shown, BUBBLES_PER_CAROUSEL)) {
			carousels.add(carousel(chunk, carousels.isEmpty() ? place : null, language));
		}
		return carousels;
	}

	public TextMessage noFace(Locale locale) {
		return this.texts.withShortcuts("bot.noFace", locale);
	}

	/** An apology and what to do about {@code reason}. */
	public TextMessage failure(FailureReason reason, Locale locale) {
		BotLanguage language = language(locale);
		return new TextMessage(language.text("bot.failure.apology") + "\n" + language.text(failureKey(reason)));
	}

	public TextMessage notAnImage(Locale locale) {
		return text("bot.notAnImage", locale);
	}

	/** For a photo over 20 MB. */
	public TextMessage tooLarge(Locale locale) {
		return text("bot.tooLarge", locale);
	}

	public TextMessage busy(Locale locale) {
		return text("bot.busy", locale);
	}

	/** The photo was over a guest limit: which, and what is left. */
	public TextMessage refused(Refusal refusal, Locale locale) {
		return new TextMessage(language(locale).text(refusal.textKey(), refusal.textArguments()));
	}

	/**
	 * The photo (or one very like it) was entered before: not scored again.
	 * @param ownPower its power when the earlier one was the guest's own, else
	 * {@code null}
	 */
	public TextMessage duplicate(Long ownPower, Locale locale) {
		BotLanguage language = language(locale);
		return new TextMessage((ownPower != null) ? language.text("bot.duplicate.own", language.number(ownPower))
				: language.text("bot.duplicate"));
	}

	/** A carousel of these scores; {@code place} (or nothing) in its first bubble. */
	private FlexMessage carousel(List<HappinessScore> chunk, Place place, BotLanguage language) {
		List<FlexBubble> bubbles = new ArrayList<>();
		for (HappinessScore score : chunk) {
			bubbles.add(ScoreBubbles.bubble(ScoreCard.of(score, bubbles.isEmpty() ? place : null, language)));
		}
		long best = chunk.stream().mapToLong(HappinessScore::power).max().orElse(0);
		String altText = language.text("bot.score.carouselAltText", chunk.size(), language.number(best));
		return new FlexMessage(altText, new FlexCarousel(bubbles));
	}

	private static String failureKey(FailureReason reason) {
		return switch (reason) {
			case UNREADABLE_IMAGE -> "bot.failure.unreadableImage";
			case IMAGE_TOO_SMALL -> "bot.failure.imageTooSmall";
			case IMAGE_TOO_LARGE -> "bot.failure.imageTooLarge";
			case SERVICE_UNAVAILABLE -> "bot.failure.serviceUnavailable";
		};
	}

	private BotLanguage language(Locale locale) {
		return this.texts.language(locale);
	}

	private TextMessage text(String key, Locale locale) {
		return this.texts.text(key, locale);
	}

}
