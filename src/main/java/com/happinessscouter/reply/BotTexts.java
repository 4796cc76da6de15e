package com.happinessscouter.reply;

import java.util.List;
import java.util.Locale;

import com.linecorp.bot.messaging.model.CameraAction;
import com.linecorp.bot.messaging.model.CameraRollAction;
import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TextMessage;

import org.springframework.context.MessageSource;

/**
 * The bot's texts as LINE text messages, from the {@code bot.*} keys of
 * {@code i18n/bot.properties} (Japanese) and {@code i18n/bot_en.properties}, in the
 * guest's language.
 */
public class BotTexts {

	private final MessageSource source;

	public BotTexts(MessageSource source) {
		this.source = source;
	}

	/**
	 * The guest's language from LINE's profile language: "en", "en-US"... English; else
	 * Japanese.
	 */
	public static Locale forLanguage(String lineLanguage) {
		boolean english = lineLanguage != null && lineLanguage.toLowerCase(Locale.ROOT).startsWith("en");
		return english ? Locale.ENGLISH : Locale.JAPANESE;
	}

	/** The bundle in {@code locale} (Japanese when {@code null}). */
	public BotLanguage language(Locale locale) {
		return new BotLanguage(this.source, (locale != null) ? locale : Locale.JAPANESE);
	}

	/** The message {@code key} as a plain text message. */
	public TextMessage text(String key, Locale locale) {
		return new TextMessage(language(locale).text(key));
	}

	/** The message {@code key} with the photo and help shortcuts as quick replies. */
	public TextMessage withShortcuts(String key, Locale locale) {
		BotLanguage language = language(locale);
		List<QuickReplyItem> items = List.of(
				new QuickReplyItem(new CameraRollAction(language.text("bot.quick.cameraRoll"))),
				new QuickReplyItem(new CameraAction(language.text("bot.quick.camera"))),
				new QuickReplyItem(new MessageAction(language.text("bot.quick.help.label"),
						language.text("bot.quick.help.text"))));
		return new TextMessage.Builder(language.text(key)).quickReply(new QuickReply(items)).build();
	}

	/**
	 * The message {@code key} (with its arguments) and the 結果を見る / see results button as
	 * a quick reply.
	 */
	public TextMessage withResultsButton(String key, Locale locale, Object... args) {
		BotLanguage language = language(locale);
		QuickReplyItem results = new QuickReplyItem(
				new MessageAction(language.text("bot.quick.results.label"), language.text("bot.quick.results.text")));
		return new TextMessage.Builder(language.text(key, args)).quickReply(new QuickReply(List.of(results))).build();
	}

}
