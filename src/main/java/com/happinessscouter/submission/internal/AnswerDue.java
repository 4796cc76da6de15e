package com.happinessscouter.submission.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoKey;
import com.happinessscouter.submission.PhotoProcessed;
import com.happinessscouter.webhook.EventContext;

import org.springframework.stereotype.Component;

/**
 * What a finished photo's answer covers: the photo alone, or a whole image set answered
 * once, by the one worker that claims it after the set's last photo is final.
 */
@Component
class AnswerDue {

	private static final Duration CLAIM_KEPT = Duration.ofDays(7);

	private final PhotoRepository photos;

	private final Clock clock;

	AnswerDue(PhotoRepository photos, Clock clock) {
		this.photos = photos;
		this.clock = clock;
	}

	PhotoProcessed of(Photo photo, EventContext context) {
		return new PhotoProcessed(photo, context, answering(photo), repeatedOwnPower(photo));
	}

	private List<Photo> answering(Photo photo) {
		if (photo.imageSet() == null) {
			return List.of(photo);
		}
		String userId = photo.key().userId();
		String setId = photo.imageSet().id();
		List<Photo> set = this.photos.inSet(userId, setId).stream().map(PhotoMapper::photo).toList();
		boolean complete = set.size() >= photo.imageSet().total()
				&& set.stream().allMatch((member) -> member.status().finished());
		long claimExpiresAt = this.clock.instant().plus(CLAIM_KEPT).getEpochSecond();
		if (!complete || !this.photos.claimSetAnswer(userId, setId, claimExpiresAt)) {
			return List.of();
		}
		return set.stream()
			.sorted(Comparator.comparing((Photo member) -> member.imageSet().index(),
					Comparator.nullsLast(Integer::compare)))
			.toList();
	}

	private Long repeatedOwnPower(Photo photo) {
		PhotoKey original = photo.duplicateOf();
		if (original == null || !original.userId().equals(photo.key().userId())) {
			return null;
		}
		return Optional.ofNullable(this.photos.find(original).map(PhotoMapper::photo).orElse(null))
			.map(Photo::score)
			.map((score) -> score.power())
			.orElse(null);
	}

}
