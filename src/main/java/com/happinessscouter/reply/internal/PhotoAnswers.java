package com.happinessscouter.reply.internal;

import java.util.List;
import java.util.Locale;

import com.happinessscouter.line.Delivery;
import com.happinessscouter.line.LineMessenger;
import com.happinessscouter.reply.Answerer;
import com.happinessscouter.reply.ReplyProperties;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoAnalysisStarting;
import com.happinessscouter.submission.PhotoProcessed;
import com.happinessscouter.submission.PhotoRefused;
import com.happinessscouter.submission.PhotoTurnedAway;
import com.happinessscouter.submission.Submissions;
import com.happinessscouter.webhook.ChatType;
import com.linecorp.bot.messaging.model.Message;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Answers a processed photo, or a whole image set once its last photo is processed. */
@Component
class PhotoAnswers {

	private final Answerer answerer;

	private final ScoreMessages messages;

	private final Submissions submissions;

	private final LineMessenger messenger;

	private final ReplyProperties properties;

	private final PhotoMessages photoMessages;

	PhotoAnswers(Answerer answerer, ScoreMessages messages, PhotoMessages photoMessages, Submissions submissions,
			LineMessenger messenger, ReplyProperties properties) {
		this.photoMessages = photoMessages;
		this.answerer = answerer;
		this.messages = messages;
		this.submissions = submissions;
		this.messenger = messenger;
		this.properties = properties;
	}

	@EventListener
	void on(PhotoAnalysisStarting starting) {
		if (starting.context().chatType() == ChatType.USER) {
			this.messenger.showLoading(starting.context().userId(), this.properties.loadingSeconds());
		}
	}

	@EventListener
	void on(PhotoTurnedAway turnedAway) {
		Locale locale = this.answerer.locale(turnedAway.context());
		this.answerer.replyOnly(turnedAway.context(), List.of(this.messages.busy(locale)));
	}

	@EventListener
	void on(PhotoRefused refused) {
		Locale locale = this.answerer.locale(refused.context());
		this.answerer.replyOnly(refused.context(), List.of(this.messages.refused(refused.refusal(), locale)));
	}

	@EventListener
	void on(PhotoProcessed processed) {
		List<Photo> answering = processed.answering();
		if (answering.isEmpty()) {
			return; // the rest of its image set is still coming
		}
		if (processed.photo().imageSet() != null && !this.submissions.claimSetAnswer(processed.photo())) {
			return; // another worker answers the set
		}
		Locale locale = this.answerer.locale(processed.context());
		Delivery via = this.answerer.answer(processed.context(), answer(processed, locale));
		this.submissions.markAnswered(answering, via);
	}

	private List<Message> answer(PhotoProcessed processed, Locale locale) {
		return this.photoMessages.of(processed.answering(), processed.photo().imageSet() != null,
				processed.repeatedOwnPower(), locale);
	}

}
