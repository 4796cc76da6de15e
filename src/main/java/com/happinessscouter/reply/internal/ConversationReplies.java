package com.happinessscouter.reply.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.happinessscouter.leaderboard.BoardCommands;
import com.happinessscouter.leaderboard.Leaderboard;
import com.happinessscouter.leaderboard.RankingVisibilityChanged;
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

	private final Leaderboard leaderboard;

	ConversationReplies(Answerer answerer, ScoreMessages messages, Leaderboard leaderboard) {
		this.answerer = answerer;
		this.messages = messages;
		this.leaderboard = leaderboard;
	}

	@EventListener
	void on(GuestEvent.Followed followed) {
		Locale locale = this.answerer.locale(followed.context());
		this.answerer.answer(followed.context(), List.of(this.messages.welcome(locale)));
	}

	@EventListener
	void on(GuestEvent.TextSent text) {
		if (GuestCommands.is(GuestCommands.CONFIRM_DELETE, text.text())
				|| BoardCommands.is(BoardCommands.HIDE_ME, text.text())
				|| BoardCommands.is(BoardCommands.SHOW_ME, text.text())) {
			return; // done by another module, then its event is answered
		}
		Locale locale = this.answerer.locale(text.context());
		if (BoardCommands.is(BoardCommands.RANKING, text.text())) {
			this.answerer.answer(text.context(),
					List.of(this.messages.ranking(this.leaderboard.ranking(text.context().userId()), locale)));
			return;
		}
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
	void on(RankingVisibilityChanged changed) {
		Locale locale = this.answerer.locale(changed.context());
		this.answerer.answer(changed.context(), List.of(this.messages.rankingVisibility(changed.hidden(), locale)));
	}

	@EventListener
	void on(GuestEvent.OtherMessageSent other) {
		Locale locale = this.answerer.locale(other.context());
		this.answerer.answer(other.context(), List.of(this.messages.pleaseSendPhoto(locale)));
	}

}
