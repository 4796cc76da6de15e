package com.happinessscouter.reply.internal;

import java.util.List;
import java.util.Locale;

import com.happinessscouter.scoring.FailureReason;
import com.happinessscouter.leaderboard.GuestRanking;
import com.happinessscouter.leaderboard.Standing;
import com.happinessscouter.scoring.HappinessScore;
import com.linecorp.bot.messaging.model.CameraAction;
import com.linecorp.bot.messaging.model.CameraRollAction;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexCarousel;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TextMessage;

import org.springframework.context.MessageSource;

/**
 * Everything the bot says to a guest, in Japanese or English, as LINE message objects:
 * the score bubbles and the text replies. Texts come from the {@code bot.*} keys of
 * {@code i18n/bot.properties} (Japanese) and {@code i18n/bot_en.properties}.
 */
public class ScoreMessages {

	/** LINE's limit of bubbles in a carousel. */
	public static final int BUBBLES_PER_CAROUSEL = 12;

	/** LINE's limit of messages in one reply. */
	public static final int MESSAGES_PER_REPLY = 5;

	/** The most photos of one image set that get a bubble: 5 carousels of 12. */
	public static final int MAX_SCORES = BUBBLES_PER_CAROUSEL * MESSAGES_PER_REPLY;

	private final MessageSource messageSource;

	public ScoreMessages(MessageSource messageSource) {
		this.messageSource = messageSource;
	}

	/**
	 * The guest's language from LINE's profile language: "en", "en-US"... English; else
	 * Japanese.
	 */
	public static Locale forLanguage(String lineLanguage) {
		boolean english = lineLanguage != null && lineLanguage.toLowerCase(Locale.ROOT).startsWith("en");
		return english ? Locale.ENGLISH : Locale.JAPANESE;
	}

	/** One photo's score as a bubble. */
	public FlexMessage score(HappinessScore score, Locale locale) {
		ScoreCard card = ScoreCard.of(score, language(locale));
		return new FlexMessage(card.altText(), ScoreBubbles.bubble(card));
	}

	/**
	 * The scores of an image set, in the order the photos were sent: one bubble for a
	 * single photo, else carousels of up to {@value #BUBBLES_PER_CAROUSEL} bubbles, at
	 * most {@value #MESSAGES_PER_REPLY} messages (what one reply carries). Of more than
	 * {@value #MAX_SCORES} photos only the {@value #MAX_SCORES} with the highest power
	 * are shown. No scores, no messages.
	 */
	public List<Message> scores(List<HappinessScore> scores, Locale locale) {
		List<HappinessScore> shown = ScoreBatches.best(scores, MAX_SCORES);
		if (shown.size() == 1) {
			return List.of(score(shown.getFirst(), locale));
		}
		BotLanguage language = language(locale);
		return ScoreBatches.chunks(shown, BUBBLES_PER_CAROUSEL)
			.stream()
			.<Message>map((chunk) -> carousel(chunk, language))
			.toList();
	}

	public TextMessage welcome(Locale locale) {
		return text("bot.welcome", locale);
	}

	public TextMessage usage(Locale locale) {
		return text("bot.usage", locale);
	}

	/** For text that is no command: how to play, with photo and help shortcuts. */
	public TextMessage hint(Locale locale) {
		return withShortcuts("bot.hint", locale);
	}

	/** For video, audio, file, sticker, location... */
	public TextMessage pleaseSendPhoto(Locale locale) {
		return withShortcuts("bot.pleaseSendPhoto", locale);
	}

	public TextMessage noFace(Locale locale) {
		return withShortcuts("bot.noFace", locale);
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

	/** Asks the guest to confirm deleting their data, with yes / no shortcuts. */
	public TextMessage deleteAsk(Locale locale) {
		BotLanguage language = language(locale);
		List<QuickReplyItem> items = List.of(
				new QuickReplyItem(
						new MessageAction(language.text("bot.delete.yes.label"), language.text("bot.delete.yes.text"))),
				new QuickReplyItem(
						new MessageAction(language.text("bot.delete.no.label"), language.text("bot.delete.no.text"))));
		return new TextMessage.Builder(language.text("bot.delete.ask")).quickReply(new QuickReply(items)).build();
	}

	public TextMessage deleteCancelled(Locale locale) {
		return text("bot.delete.cancelled", locale);
	}

	/** The guest's data is gone: {@code photos} photos deleted. */
	public TextMessage deleted(int photos, Locale locale) {
		return new TextMessage(language(locale).text("bot.delete.done", photos));
	}

	/** The open event's top five and the guest's own place. */
	public TextMessage ranking(GuestRanking ranking, Locale locale) {
		BotLanguage language = language(locale);
		if (ranking.eventName() == null) {
			return new TextMessage(language.text("bot.ranking.noEvent"));
		}
		StringBuilder text = new StringBuilder(language.text("bot.ranking.title", ranking.eventName()));
		if (ranking.top().isEmpty()) {
			text.append('\n').append(language.text("bot.ranking.empty"));
		}
		for (Standing standing : ranking.top()) {
			String name = standing.anonymous() ? language.text("bot.ranking.anonymous")
					: standing.displayName().isBlank() ? language.text("bot.ranking.guest") : standing.displayName();
			text.append('\n')
				.append(language.text("bot.ranking.row", standing.rank(), name, language.number(standing.power())));
		}
		text.append("\n\n")
			.append((ranking.own() != null)
					? language.text("bot.ranking.own", ranking.own().rank(), language.number(ranking.own().power()))
					: language.text("bot.ranking.notYet"));
		return new TextMessage(text.toString());
	}

	/** The guest is kept off the big screen ({@code hidden}) or shown again. */
	public TextMessage rankingVisibility(boolean hidden, Locale locale) {
		return text(hidden ? "bot.ranking.hidden" : "bot.ranking.shown", locale);
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

	private FlexMessage carousel(List<HappinessScore> chunk, BotLanguage language) {
		List<FlexBubble> bubbles = chunk.stream()
			.map((score) -> ScoreBubbles.bubble(ScoreCard.of(score, language)))
			.toList();
		long best = chunk.stream().mapToLong(HappinessScore::power).max().orElse(0);
		String altText = language.text("bot.score.carouselAltText", chunk.size(), language.number(best));
		return new FlexMessage(altText, new FlexCarousel(bubbles));
	}

	private TextMessage text(String key, Locale locale) {
		return new TextMessage(language(locale).text(key));
	}

	private TextMessage withShortcuts(String key, Locale locale) {
		BotLanguage language = language(locale);
		List<QuickReplyItem> items = List.of(
				new QuickReplyItem(new CameraRollAction(language.text("bot.quick.cameraRoll"))),
				new QuickReplyItem(new CameraAction(language.text("bot.quick.camera"))),
				new QuickReplyItem(new MessageAction(language.text("bot.quick.help.label"),
						language.text("bot.quick.help.text"))));
		return new TextMessage.Builder(language.text(key)).quickReply(new QuickReply(items)).build();
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
		return new BotLanguage(this.messageSource, (locale != null) ? locale : Locale.JAPANESE);
	}

}
