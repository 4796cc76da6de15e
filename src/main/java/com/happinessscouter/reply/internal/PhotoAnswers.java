package com.happinessscouter.reply.internal;

import com.happinessscouter.reply.Answerer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.happinessscouter.line.Delivery;
import com.happinessscouter.line.LineMessenger;
import com.happinessscouter.reply.ReplyProperties;
import com.happinessscouter.scoring.FailureReason;
import com.happinessscouter.scoring.HappinessScore;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoAnalysisStarting;
import com.happinessscouter.submission.PhotoProcessed;
import com.happinessscouter.submission.PhotoStatus;
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

	PhotoAnswers(Answerer answerer, ScoreMessages messages, Submissions submissions, LineMessenger messenger,
			ReplyProperties properties) {
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
	void on(PhotoProcessed processed) {
		Photo photo = processed.photo();
		if (photo.answered()) {
			return;
		}
		if (photo.imageSet() != null) {
			answerSet(processed);
			return;
		}
		Locale locale = this.answerer.locale(processed.context());
		Delivery via = this.answerer.answer(processed.context(), List.of(message(photo, locale)));
		this.submissions.markAnswered(photo.key(), via);
	}

	private void answerSet(PhotoProcessed processed) {
		Photo photo = processed.photo();
		List<Photo> set = this.submissions.imageSet(photo.key().userId(), photo.imageSet().id());
		boolean complete = set.size() >= photo.imageSet().total()
				&& set.stream().allMatch((p) -> p.status().finished());
		if (!complete || !this.submissions.claimImageSetAnswer(photo.key().userId(), photo.imageSet().id())) {
			return;
		}
		Locale locale = this.answerer.locale(processed.context());
		List<HappinessScore> scores = set.stream()
			.sorted(Comparator.comparing((Photo p) -> p.imageSet().index(), Comparator.nullsLast(Integer::compare)))
			.map(Photo::score)
			.filter(Objects::nonNull)
			.toList();
		List<Message> answer = !scores.isEmpty() ? this.messages.scores(scores, locale)
				: set.stream().anyMatch((p) -> p.status() == PhotoStatus.DUPLICATE) ? List.of(duplicate(photo, locale))
						: List.of(this.messages.noFace(locale));
		Delivery via = this.answerer.answer(processed.context(), answer);
		set.forEach((p) -> this.submissions.markAnswered(p.key(), via));
	}

	private Message message(Photo photo, Locale locale) {
		return switch (photo.status()) {
			case SCORED -> this.messages.score(photo.score(), locale);
			case NO_FACE -> this.messages.noFace(locale);
			case FAILED -> problem(photo, locale);
			case DUPLICATE -> duplicate(photo, locale);
			case RECEIVED, DELETED -> throw new IllegalStateException("not answerable: " + photo.status());
		};
	}

	private Message duplicate(Photo photo, Locale locale) {
		Long ownPower = Optional.ofNullable(photo.duplicateOf())
			.filter((original) -> original.userId().equals(photo.key().userId()))
			.flatMap(this.submissions::find)
			.map(Photo::score)
			.map(HappinessScore::power)
			.orElse(null);
		return this.messages.duplicate(ownPower, locale);
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
