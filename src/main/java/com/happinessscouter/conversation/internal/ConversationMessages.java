package com.happinessscouter.conversation.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.happinessscouter.leaderboard.GuestRanking;
import com.happinessscouter.leaderboard.Standing;
import com.happinessscouter.reply.BotLanguage;
import com.happinessscouter.reply.BotTexts;
import com.happinessscouter.tables.TableJoin;
import com.happinessscouter.webhook.GuestQueue;
import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TextMessage;

/**
 * What the bot says in the conversation, in Japanese or English: the welcome, help, the
 * hints, the ranking, and the steps of deleting one's data.
 */
class ConversationMessages {

	private final BotTexts texts;

	private final TableMessages tables;

	ConversationMessages(BotTexts texts) {
		this.texts = texts;
		this.tables = new TableMessages(texts);
	}

	/** The answer to {@code テーブル …}. */
	TextMessage table(TableJoin join, Locale locale) {
		return this.tables.answer(join, locale);
	}

	/** In a group or room LINE did not say who asked: nobody joins a table there. */
	TextMessage tableOnlyOneOnOne(Locale locale) {
		return this.tables.onlyOneOnOne(locale);
	}

	TextMessage welcome(Locale locale) {
		return this.texts.text("bot.welcome", locale);
	}

	TextMessage usage(Locale locale) {
		return this.texts.text("bot.usage", locale);
	}

	/** For text that is no command: how to play, with photo and help shortcuts. */
	TextMessage hint(Locale locale) {
		return this.texts.withShortcuts("bot.hint", locale);
	}

	/** For video, audio, file, sticker, location... */
	TextMessage pleaseSendPhoto(Locale locale) {
		return this.texts.withShortcuts("bot.pleaseSendPhoto", locale);
	}

	/** Asks the guest to confirm deleting their data, with yes / no shortcuts. */
	TextMessage deleteAsk(Locale locale) {
		BotLanguage language = this.texts.language(locale);
		List<QuickReplyItem> items = List.of(
				new QuickReplyItem(
						new MessageAction(language.text("bot.delete.yes.label"), language.text("bot.delete.yes.text"))),
				new QuickReplyItem(
						new MessageAction(language.text("bot.delete.no.label"), language.text("bot.delete.no.text"))));
		return new TextMessage.Builder(language.text("bot.delete.ask")).quickReply(new QuickReply(items)).build();
	}

	/** In a group or room LINE did not say who asked: nothing is deleted there. */
	TextMessage deleteOnlyOneOnOne(Locale locale) {
		return this.texts.text("bot.delete.one-on-one", locale);
	}

	TextMessage deleteCancelled(Locale locale) {
		return this.texts.text("bot.delete.cancelled", locale);
	}

	/** The guest's data is gone: {@code photos} photos deleted. */
	TextMessage deleted(int photos, Locale locale) {
		return new TextMessage(this.texts.language(locale).text("bot.delete.done", photos));
	}

	/** The open event's top five and the guest's own place. */
	TextMessage ranking(GuestRanking ranking, Locale locale) {
		BotLanguage language = this.texts.language(locale);
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
	TextMessage rankingVisibility(boolean hidden, Locale locale) {
		return this.texts.text(hidden ? "bot.ranking.hidden" : "bot.ranking.shown", locale);
	}

	/** The pending results follow. */
	TextMessage resultsHere(Locale locale) {
		return this.texts.text("bot.results.here", locale);
	}

	/** The guest's photos are still being worked on: where they stand, and the button. */
	TextMessage stillWaiting(GuestQueue.Wait wait, Locale locale) {
		long seconds = Math.max(1, Math.round(wait.expected().toMillis() / 1000.0));
		return this.texts.withResultsButton("bot.results.stillWaiting", locale, wait.ahead(), seconds);
	}

	/** Nothing waits and nothing is being worked on. */
	TextMessage noResults(Locale locale) {
		return this.texts.withShortcuts("bot.results.none", locale);
	}

	/**
	 * The guest's album link, or that albums are not offered (no public address set).
	 */
	TextMessage album(Optional<String> link, Locale locale) {
		return link.map((url) -> new TextMessage(this.texts.language(locale).text("bot.album.link", url)))
			.orElseGet(() -> this.texts.text("bot.album.unavailable", locale));
	}

	/** In a group or room LINE did not say who asked: no album link there. */
	TextMessage albumOnlyOneOnOne(Locale locale) {
		return this.texts.text("bot.album.one-on-one", locale);
	}

}
