package com.happinessscouter.reply.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.happinessscouter.webhook.GuestEvent;
import com.linecorp.bot.messaging.model.Message;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Answers what is not a photo: a new friend, help, other texts, stickers and the like.
 */
@Component
class ConversationReplies {

	private static final Set<String> HELP = Set.of("help", "使い方", "つかいかた", "ヘルプ", "?", "？");

	private final Answerer answerer;

	private final ScoreMessages messages;

	ConversationReplies(Answerer answerer, ScoreMessages messages) {
		this.answerer = answerer;
		this.messages = messages;
	}

	@EventListener
	void on(GuestEvent.Followed followed) {
		Locale locale = this.answerer.locale(followed.context());
		this.answerer.answer(followed.context(), List.of(this.messages.welcome(locale)));
	}

	@EventListener
	void on(GuestEvent.TextSent text) {
		Locale locale = this.answerer.locale(text.context());
		boolean help = HELP.contains(text.text().strip().toLowerCase(Locale.ROOT));
		Message answer = help ? this.messages.usage(locale) : this.messages.hint(locale);
		this.answerer.answer(text.context(), List.of(answer));
	}

	@EventListener
	void on(GuestEvent.OtherMessageSent other) {
		Locale locale = this.answerer.locale(other.context());
		this.answerer.answer(other.context(), List.of(this.messages.pleaseSendPhoto(locale)));
	}

}
