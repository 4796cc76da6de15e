package com.happinessscouter.submission.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.happinessscouter.limits.GuestLimits;
import com.happinessscouter.limits.Refusal;
import com.happinessscouter.quota.Throttle;
import com.happinessscouter.quota.ThrottleDecision;
import com.happinessscouter.scoring.Analysis;
import com.happinessscouter.scoring.PhotoToAnalyze;
import com.happinessscouter.scoring.ScoredPhoto;
import com.happinessscouter.scoring.Scoring;
import com.happinessscouter.submission.PhotoAnalysisStarting;
import com.happinessscouter.submission.PhotoFinished;
import com.happinessscouter.submission.PhotoKey;
import com.happinessscouter.submission.PhotoProblem;
import com.happinessscouter.submission.PhotoRefused;
import com.happinessscouter.submission.PhotoRemoved;
import com.happinessscouter.submission.PhotoStatus;
import com.happinessscouter.submission.PhotoTurnedAway;
import com.happinessscouter.webhook.EventContext;
import com.happinessscouter.webhook.GuestEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Takes a photo from LINE to a final state, resuming wherever an earlier attempt stopped:
 * not yet stored, stored but not scored, scored but not answered. A dependency that is
 * down throws, and the event is handed over again later.
 */
@Component
class PhotoProcessor {

	/** How long a note of an image set's refused photos is kept. */
	private static final Duration SET_KEPT = Duration.ofDays(7);

	private final PhotoIntake intake;

	private final PhotoRepository photos;

	private final PhotoObjects objects;

	private final Scoring scoring;

	private final Throttle throttle;

	private final Fingerprints fingerprints;

	private final ApplicationEventPublisher publisher;

	private final AnswerDue answerDue;

	private final GuestLimits limits;

	private final Clock clock;

	PhotoProcessor(PhotoIntake intake, PhotoRepository photos, PhotoObjects objects, Scoring scoring, Throttle throttle,
			GuestLimits limits, Fingerprints fingerprints, AnswerDue answerDue, ApplicationEventPublisher publisher,
			Clock clock) {
		this.limits = limits;
		this.answerDue = answerDue;
		this.fingerprints = fingerprints;
		this.intake = intake;
		this.throttle = throttle;
		this.photos = photos;
		this.objects = objects;
		this.scoring = scoring;
		this.publisher = publisher;
		this.clock = clock;
	}

	@EventListener
	void on(GuestEvent.PhotoSent sent) {
		PhotoKey key = new PhotoKey(sent.context().userId(), sent.messageId());
		byte[] bytes = null;
		PhotoItem item = this.photos.find(key).orElse(null);
		if (Resume.of(item) == Resume.RECEIVE) {
			ThrottleDecision throttled = this.throttle.decision();
			if (throttled.busy()) {
				this.publisher.publishEvent(new PhotoTurnedAway(key, sent.context(), throttled.reason()));
				return;
			}
			if (refused(key, sent)) {
				return;
			}
			PhotoIntake.Received received = this.intake.receive(key, sent);
			item = received.item();
			bytes = received.bytes();
		}
		Resume resume = Resume.of(item);
		if (resume == Resume.DONE) {
			return;
		}
		if (resume == Resume.SCORE) {
			item = score(item, bytes, sent.context());
		}
		this.publisher.publishEvent(this.answerDue.of(PhotoMapper.photo(item), sent.context()));
	}

	/**
	 * Whether the photo is over a guest limit: then the guest hears so, and its image set
	 * (if any) no longer waits for it.
	 */
	private boolean refused(PhotoKey key, GuestEvent.PhotoSent sent) {
		EventContext context = sent.context();
		Optional<Refusal> refusal = this.limits.admit(key.userId(), key.imageId(), context.occurredAt());
		if (refusal.isEmpty()) {
			return false;
		}
		this.publisher.publishEvent(new PhotoRefused(key, context, refusal.get()));
		if (sent.imageSet() != null) {
			this.photos.refusedInSet(key.userId(), sent.imageSet().id(), key.imageId(),
					this.clock.instant().plus(SET_KEPT).getEpochSecond());
			this.answerDue.ofSetAfterRefusal(key.userId(), sent.imageSet(), context)
				.ifPresent(this.publisher::publishEvent);
		}
		return true;
	}

	private PhotoItem score(PhotoItem item, byte[] received, EventContext context) {
		PhotoKey key = new PhotoKey(item.getPk(), item.getSk());
		byte[] bytes = (received != null) ? received : this.objects.get(item.getS3Key());
		Fingerprints.Duplicate duplicate = this.fingerprints.check(item, bytes).orElse(null);
		if (duplicate == null || !repeat(item, duplicate)) {
			this.publisher.publishEvent(new PhotoAnalysisStarting(key, context));
			ScoredPhoto scored = this.scoring.score(new PhotoToAnalyze(bytes, this.objects.bucket(), item.getS3Key()));
			apply(item, scored);
		}
		if (!this.photos.finish(item)) {
			return this.photos.find(key).orElseThrow();
		}
		this.publisher.publishEvent(new PhotoFinished(PhotoMapper.photo(item)));
		return item;
	}

	/**
	 * In an event a repeat is not ranked; outside one, the same bytes get the earlier
	 * result without a second analysis.
	 * @return whether the photo's outcome is settled without analysing it
	 */
	private boolean repeat(PhotoItem item, Fingerprints.Duplicate duplicate) {
		if (item.getEventId() != null) {
			item.setStatus(PhotoStatus.DUPLICATE);
			item.setDuplicateOf(PhotoMapper.text(duplicate.original()));
			return true;
		}
		PhotoItem original = this.photos.find(duplicate.original()).orElse(null);
		if (!duplicate.exact() || original == null
				|| (original.getStatus() != PhotoStatus.SCORED && original.getStatus() != PhotoStatus.NO_FACE)) {
			return false;
		}
		item.setStatus(original.getStatus());
		item.setScore(original.getScore());
		return true;
	}

	private void apply(PhotoItem item, ScoredPhoto scored) {
		Instant now = this.clock.instant();
		switch (scored.analysis()) {
			case Analysis.Faces faces -> {
				item.setStatus(PhotoStatus.SCORED);
				item.setScore(PhotoMapper.scoreItem(scored.score(), faces.faces(), scored.analyzer(), now));
			}
			case Analysis.NoFace none -> item.setStatus(PhotoStatus.NO_FACE);
			case Analysis.Failed failed -> {
				if (failed.reason() == com.happinessscouter.scoring.FailureReason.SERVICE_UNAVAILABLE) {
					throw new AnalyzerUnavailableException(failed.detail());
				}
				item.setStatus(PhotoStatus.FAILED);
				item.setProblem(PhotoProblem.valueOf(failed.reason().name()).name());
			}
		}
	}

	@EventListener
	void on(GuestEvent.MessageUnsent unsent) {
		PhotoKey key = new PhotoKey(unsent.context().userId(), unsent.messageId());
		this.photos.find(key).ifPresent((item) -> {
			// its fingerprints first: a hash kept from before may need the stored bytes
			this.fingerprints.forget(item);
			if (item.getS3Key() != null) {
				this.objects.delete(item.getS3Key());
			}
			item.setStatus(PhotoStatus.DELETED);
			item.setScore(null);
			item.getOrigin().setReplyToken(null);
			this.photos.save(item);
			this.publisher.publishEvent(new PhotoRemoved(key, item.getEventId()));
		});
	}

	/** The analyzer could not be reached: the photo waits and is scored later. */
	static class AnalyzerUnavailableException extends RuntimeException {

		AnalyzerUnavailableException(String detail) {
			super("analyzer unavailable: " + detail);
		}

	}

}
