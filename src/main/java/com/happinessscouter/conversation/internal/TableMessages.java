package com.happinessscouter.conversation.internal;

import java.util.List;
import java.util.Locale;

import com.happinessscouter.reply.BotLanguage;
import com.happinessscouter.reply.BotTexts;
import com.happinessscouter.tables.TableJoin;
import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TextMessage;

/**
 * The answers to {@code テーブル …}: the table joined or moved to, or the tables to pick from
 * as quick-reply buttons (LINE shows at most {@value #BUTTONS}).
 */
class TableMessages {

	/** LINE's limit of quick-reply buttons. */
	static final int BUTTONS = 13;

	/** LINE's limit of a quick-reply label. */
	private static final int LABEL = 20;

	private final BotTexts texts;

	TableMessages(BotTexts texts) {
		this.texts = texts;
	}

	TextMessage answer(TableJoin join, Locale locale) {
		BotLanguage language = this.texts.language(locale);
		return switch (join.outcome()) {
			case NO_EVENT -> new TextMessage(language.text("bot.table.noEvent"));
			case NO_TABLES -> new TextMessage(language.text("bot.table.none"));
			case LIST -> choose(language.text("bot.table.list", String.join(", ", join.tables())), join, language);
			case UNKNOWN -> choose(language.text("bot.table.unknown", join.table(), String.join(", ", join.tables())),
					join, language);
			case JOINED -> new TextMessage(language.text("bot.table.joined", join.table()));
			case MOVED -> new TextMessage(language.text("bot.table.moved", join.previous(), join.table()));
			case ALREADY -> new TextMessage(language.text("bot.table.already", join.table()));
		};
	}

	TextMessage onlyOneOnOne(Locale locale) {
		return this.texts.text("bot.table.one-on-one", locale);
	}

	private TextMessage choose(String text, TableJoin join, BotLanguage language) {
		List<QuickReplyItem> items = join.tables()
			.stream()
			.limit(BUTTONS)
			.map((table) -> new QuickReplyItem(new MessageAction(label(language.text("bot.table.button.label", table)),
					language.text("bot.table.button.text", table))))
			.toList();
		return new TextMessage.Builder(text).quickReply(new QuickReply(items)).build();
	}

	private static String label(String label) {
		return (label.length() <= LABEL) ? label : label.substring(0, LABEL - 1) + "…";
	}

}
