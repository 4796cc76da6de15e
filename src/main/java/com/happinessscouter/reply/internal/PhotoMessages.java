package com.happinessscouter.reply.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.happinessscouter.leaderboard.Leaderboard;
import com.happinessscouter.scoring.FailureReason;
import com.happinessscouter.scoring.HappinessScore;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoStatus;
import com.linecorp.bot.messaging.model.Message;

import org.springframework.stereotype.Component;

/** The answer about one photo, or about an image set's photos together. */
@Component
class PhotoMessages {

	private final ScoreMessages messages;

	private final Leaderboard leaderboard;

	PhotoMessages(ScoreMessages messages, Leaderboard leaderboard) {
		this.messages = messages;
		this.leaderboard = leaderboard;
	}

	/**
	 * @param answering the photo, or its image set's photos in order
	 * @param inSet whether they are an image set
	 * @param repeatedOwnPower the power of the guest's own earlier photo a repeat
	 * repeats, or {@code null}
	 */
	List<Message> of(List<Photo> answering, boolean inSet, Long repeatedOwnPower, Locale locale) {
		if (answering.size() == 1 && !inSet) {
			return List.of(message(answering.getFirst(), repeatedOwnPower, locale));
		}
		List<HappinessScore> scores = answering.stream().map(Photo::score).filter(Objects::nonNull).toList();
		if (!scores.isEmpty()) {
			return this.messages.scores(scores, this.leaderboard.placeAfter(answering).orElse(null), locale);
		}
		return answering.stream().anyMatch((photo) -> photo.status() == PhotoStatus.DUPLICATE)
				? List.of(this.messages.duplicate(repeatedOwnPower, locale)) : List.of(this.messages.noFace(locale));
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
