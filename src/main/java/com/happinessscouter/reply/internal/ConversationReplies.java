package com.happinessscouter.reply.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.happinessscouter.submission.GuestCommands;
import com.happinessscouter.submission.GuestDataDeleted;
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
		if (GuestCommands.is(GuestCommands.CONFIRM_DELETE, text.text())) {
			return; // the submission module deletes, then GuestDataDeleted is answered
		}
		Locale locale = this.answerer.locale(text.context());
		if (GuestCommands.is(GuestCommands.ASK_DELETE, text.text())) {
			this.answerer.answer(text.context(), List.of(this.messages.deleteAsk(locale)));
			return;
		}
		if (GuestCommands.is(GuestCommands.CANCEL_DELETE, text.text())) {
			this.answerer.answer(text.context(), List.of(this.messages.deleteCancelled(locale)));
			return;
		}
		boolean help = HELP.contains(text.text().strip().toLowerCase(Locale.ROOT));
		Message answer = help ? this.messages.usage(locale) : this.messages.hint(locale);
		this.answerer.answer(text.context(), List.of(answer));
	}

	@EventListener
	void on(GuestDataDeleted deleted) {
		Locale locale = this.answerer.locale(deleted.context());
		this.answerer.answer(deleted.context(), List.of(this.messages.deleted(deleted.photos(), locale)));
	}

	@EventListener
	void on(GuestEvent.OtherMessageSent other) {
		Locale locale = this.answerer.locale(other.context());
		this.answerer.answer(other.context(), List.of(this.messages.pleaseSendPhoto(locale)));
	}

}
