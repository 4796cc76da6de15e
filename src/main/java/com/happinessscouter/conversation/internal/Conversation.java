package com.happinessscouter.conversation.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.happinessscouter.album.Albums;
import com.happinessscouter.conversation.GuestCommand;
import com.happinessscouter.guests.Guests;
import com.happinessscouter.leaderboard.Leaderboard;
import com.happinessscouter.reply.Answerer;
import com.happinessscouter.reply.BotTexts;
import com.happinessscouter.tables.Tables;
import com.happinessscouter.webhook.EventContext;
import com.happinessscouter.webhook.GuestEvent;
import com.happinessscouter.webhook.GuestQueue;
import com.linecorp.bot.messaging.model.Message;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Answers what is not a photo: a new friend, the text commands of {@link GuestCommand}
 * (each one done here, then answered), other texts, stickers and the like.
 */
@Component
class Conversation {

	private final Answerer answerer;

	private final ConversationMessages messages;

	private final Leaderboard leaderboard;

	private final Guests guests;

	private final GuestQueue queue;

	private final Albums albums;

	private final Tables tables;

	Conversation(Answerer answerer, BotTexts texts, Leaderboard leaderboard, Guests guests, GuestQueue queue,
			Albums albums, Tables tables) {
		this.tables = tables;
		this.queue = queue;
		this.answerer = answerer;
		this.messages = new ConversationMessages(texts);
		this.leaderboard = leaderboard;
		this.guests = guests;
		this.albums = albums;
	}

	@EventListener
	void on(GuestEvent.Followed followed) {
		answer(followed.context(), this.messages.welcome(locale(followed.context())));
	}

	@EventListener
	void on(GuestEvent.OtherMessageSent other) {
		answer(other.context(), this.messages.pleaseSendPhoto(locale(other.context())));
	}

	@EventListener
	void on(GuestEvent.TextSent text) {
		EventContext context = text.context();
		Locale locale = locale(context);
		Optional<GuestCommand> command = GuestCommand.of(text.text());
		Message answer = command.isPresent() ? execute(command.get(), context, locale, text.text())
				: this.messages.hint(locale);
		if (answer != null) { // null: a held 結果を見る, answered with the result
			answer(context, answer);
		}
	}

	/** Does what the command asks and says how it went. */
	private Message execute(GuestCommand command, EventContext context, Locale locale, String text) {
		String userId = context.userId();
		if (command == GuestCommand.TABLE) {
			return context.senderKnown()
					? this.messages.table(this.tables.join(userId, GuestCommand.tableArgument(text).orElse("")), locale)
					: this.messages.tableOnlyOneOnOne(locale);
		}
		if (command.deletes() && !context.senderKnown()) {
			// a group or room member LINE did not name: their user id would be the
			// group's
			return this.messages.deleteOnlyOneOnOne(locale);
		}
		return switch (command) {
			case HELP -> this.messages.usage(locale);
			case SEE_RESULTS -> results(context, locale);
			case RANKING -> this.messages.ranking(this.leaderboard.ranking(userId), locale);
			case HIDE_ME, SHOW_ME -> {
				boolean hide = command == GuestCommand.HIDE_ME;
				this.leaderboard.keepOffScreen(userId, hide);
				yield this.messages.rankingVisibility(hide, locale);
			}
			case ASK_DELETE -> this.messages.deleteAsk(locale);
			case CONFIRM_DELETE ->
				this.messages.deleted(this.guests.deleteOnRequest(userId, context.webhookEventId()), locale);
			case CANCEL_DELETE -> this.messages.deleteCancelled(locale);
			case ALBUM -> context.senderKnown() ? this.messages.album(this.albums.linkFor(userId), locale)
					: this.messages.albumOnlyOneOnOne(locale);
			case TABLE -> throw new IllegalStateException("answered above");
		};
	}

	/**
	 * The answer to 結果を見る: the pending results go out with it (the answerer carries
	 * them); photos still in progress move up the queue and the tap is held to be
	 * answered with the last one's result and every one waiting ({@code null}: no answer
	 * now); when they will not make its token, the results waiting go out now with where
	 * the others stand; else that nothing waits.
	 */
	private Message results(EventContext context, Locale locale) {
		Answerer.Waiting waiting = this.answerer.waiting(context.userId());
		Optional<GuestQueue.Wait> queued = this.queue.waitOf(context.userId());
		if (waiting.inProgress() > 0 || queued.isPresent()) {
			// not yet stored (still downloading) counts too: it is in the queue
			this.queue.expedite(context.userId(), context.replyDeadline(this.answerer.replyTokenMaxAge()));
			Optional<GuestQueue.Wait> wait = this.queue.waitOf(context.userId());
			if (this.answerer.holdForResult(context, wait)) {
				return null; // the last photo's result answers it, with the ones waiting
			}
			return this.messages.stillWaiting(wait.orElse(new GuestQueue.Wait(0, Duration.ZERO)), locale);
		}
		return (waiting.pending() > 0) ? this.messages.resultsHere(locale) : this.messages.noResults(locale);
	}

	private Locale locale(EventContext context) {
		return this.answerer.locale(context);
	}

	private void answer(EventContext context, Message message) {
		this.answerer.answer(context, List.of(message));
	}

}
