package com.happinessscouter.submission.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.happinessscouter.scoring.HappinessScore;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoKey;
import com.happinessscouter.submission.PhotoProcessed;
import com.happinessscouter.submission.PhotoStatus;
import com.happinessscouter.webhook.EventContext;
import com.happinessscouter.webhook.ImageSetRef;

import org.springframework.stereotype.Component;

/**
 * What a finished photo's answer covers: the photo alone, or a whole image set once its
 * last photo is final (photos refused by a guest limit are not waited for), answered once
 * by the one worker that claims it right before sending (so a failure before then leaves
 * the claim free for the retry).
 */
@Component
public class AnswerDue {

	private static final Duration CLAIM_KEPT = Duration.ofDays(7);

	private final PhotoRepository photos;

	private final Clock clock;

	AnswerDue(PhotoRepository photos, Clock clock) {
		this.photos = photos;
		this.clock = clock;
	}

	/**
	 * The answer of {@code set} once a photo of it was refused by a guest limit, if that
	 * refusal was the last of the set to settle; the photo taken in that answers it is
	 * the first of the set.
	 */
	Optional<PhotoProcessed> ofSetAfterRefusal(String userId, ImageSetRef set, EventContext context) {
		return this.photos.inSet(userId, set.id())
			.stream()
			.findFirst()
			.map((member) -> of(PhotoMapper.photo(member), context))
			.filter((processed) -> !processed.answering().isEmpty());
	}

	PhotoProcessed of(Photo photo, EventContext context) {
		List<Photo> answering = answering(photo);
		boolean repeat = answering.stream().anyMatch((member) -> member.status() == PhotoStatus.DUPLICATE);
		return new PhotoProcessed(photo, context, answering, repeat ? repeatedOwnPower(photo) : null);
	}

	/**
	 * Claims the one answer of the photo's image set, right before it is sent: only the
	 * first caller gets {@code true}.
	 */
	public boolean claimSetAnswer(Photo photo) {
		long claimExpiresAt = this.clock.instant().plus(CLAIM_KEPT).getEpochSecond();
		return this.photos.claimSetAnswer(photo.key().userId(), photo.imageSet().id(), claimExpiresAt);
	}

	private List<Photo> answering(Photo photo) {
		if (photo.imageSet() == null) {
			return List.of(photo);
		}
		String userId = photo.key().userId();
		String setId = photo.imageSet().id();
		List<Photo> set = this.photos.inSet(userId, setId).stream().map(PhotoMapper::photo).toList();
		boolean complete = set.size() + this.photos.refusedInSet(userId, setId) >= photo.imageSet().total()
				&& set.stream().allMatch((member) -> member.status().finished());
		if (!complete) {
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
		return this.photos.find(original)
			.map(PhotoMapper::photo)
			.map(Photo::score)
			.map(HappinessScore::power)
			.orElse(null);
	}

}
