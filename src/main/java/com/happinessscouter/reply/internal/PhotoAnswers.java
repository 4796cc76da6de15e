package com.happinessscouter.reply.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.happinessscouter.leaderboard.Leaderboard;
import com.happinessscouter.line.Delivery;
import com.happinessscouter.line.LineMessenger;
import com.happinessscouter.reply.Answerer;
import com.happinessscouter.reply.ReplyProperties;
import com.happinessscouter.scoring.FailureReason;
import com.happinessscouter.scoring.HappinessScore;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoAnalysisStarting;
import com.happinessscouter.submission.PhotoProcessed;
import com.happinessscouter.submission.PhotoStatus;
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

	private final Leaderboard leaderboard;

	PhotoAnswers(Answerer answerer, ScoreMessages messages, Submissions submissions, LineMessenger messenger,
			ReplyProperties properties, Leaderboard leaderboard) {
		this.answerer = answerer;
		this.messages = messages;
		this.submissions = submissions;
		this.messenger = messenger;
		this.properties = properties;
		this.leaderboard = leaderboard;
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
		List<Photo> answering = processed.answering();
		if (answering.size() == 1 && processed.photo().imageSet() == null) {
			return List.of(message(answering.getFirst(), processed.repeatedOwnPower(), locale));
		}
		List<HappinessScore> scores = answering.stream().map(Photo::score).filter(Objects::nonNull).toList();
		if (!scores.isEmpty()) {
			return this.messages.scores(scores, this.leaderboard.placeAfter(answering).orElse(null), locale);
		}
		return answering.stream().anyMatch((photo) -> photo.status() == PhotoStatus.DUPLICATE)
				? List.of(this.messages.duplicate(processed.repeatedOwnPower(), locale))
				: List.of(this.messages.noFace(locale));
	}

	private Message message(Photo photo, Long repeatedOwnPower, Locale locale) {
		return switch (photo.status()) {
			case SCORED ->
				this.messages.score(photo.score(), this.leaderboard.placeAfter(List.of(photo)).orElse(null), locale);
			case NO_FACE -> this.messages.noFace(locale);
			case FAILED -> problem(photo, locale);
			case DUPLICATE -> this.messages.duplicate(repeatedOwnPower, locale);
			case RECEIVED, DELETED -> throw new IllegalStateException("not answerable: " + photo.status());
		};
	}

	private Message problem(Photo photo, Locale locale) {
		return switch (photo.problem()) {
			case NOT_AN_IMAGE -> this.messages.notAnImage(locale);
			case FILE_TOO_LARGE -> this.messages.tooLarge(locale);
			case CONTENT_UNAVAILABLE -> this.messages.failure(FailureReason.SERVICE_UNAVAILABLE, locale);
			case UNREADABLE_IMAGE -> this.messages.failure(FailureReason.UNREADABLE_IMAGE, locale);
			case IMAGE_TOO_SMALL -> this.messages.failure(FailureReason.IMAGE_TOO_SMALL, locale);
			case IMAGE_TOO_LARGE -> this.messages.failure(FailureReason.IMAGE_TOO_LARGE, locale);
		};
	}

}
