package com.happinessscouter.leaderboard.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.leaderboard.RankingVisibilityChanged;
import com.happinessscouter.leaderboard.Showcased;
import com.happinessscouter.line.LineMessenger;
import com.happinessscouter.guests.GuestErased;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoProcessed;
import com.happinessscouter.submission.PhotoRemoved;
import com.happinessscouter.submission.PhotoStatus;
import com.happinessscouter.submission.PhotoVisibilityChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the board in step with the photos: a scored photo of an event may become its
 * guest's best (unless it was sent after the countdown ended); deletions and moderation
 * change what the screen shows. Every write is idempotent, so a replayed event changes
 * nothing.
 */
@Component
class Ranker {

	private final BoardTable table;

	private final Events events;

	private final LineMessenger line;

	private final BoardFeed feed;

	private final WallPhotos wall;

	private final ApplicationEventPublisher publisher;

	Ranker(BoardTable table, Events events, LineMessenger line, BoardFeed feed, WallPhotos wall,
			ApplicationEventPublisher publisher) {
		this.table = table;
		this.wall = wall;
		this.events = events;
		this.line = line;
		this.feed = feed;
		this.publisher = publisher;
	}

	/** Ranked before the guest is answered, so the answer and the screen agree. */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void on(PhotoProcessed processed) {
		Photo photo = processed.photo();
		if (photo.status() != PhotoStatus.SCORED || photo.score() == null || photo.eventId() == null) {
			return;
		}
		Optional<WeddingEvent> event = event(photo.eventId());
		if (event.isEmpty()) {
			return;
		}
		String userId = photo.key().userId();
		String name = Optional.ofNullable(this.line.guest(userId).displayName()).orElse("");
		Showcased.State state = photo.hidden() ? Showcased.State.HIDDEN
				: event.get().preModeration() ? Showcased.State.PENDING : Showcased.State.VISIBLE;
		this.table.showcase(event.get().id(), new Showcased(userId, photo.key().imageId(), name, photo.score().power(),
				photo.s3Key(), photo.receivedAt(), state));
		if (event.get().ranks(photo.receivedAt())) {
			this.table.offer(event.get().id(), new BoardTable.Entry(userId, name, photo.score().power(),
					photo.key().imageId(), photo.s3Key(), photo.receivedAt()));
		}
		this.feed.nudge(event.get().id());
	}

	@EventListener
	void on(PhotoRemoved removed) {
		if (removed.eventId() == null) {
			return;
		}
		this.table.forgetShowcased(removed.eventId(), removed.key().userId(), removed.key().imageId());
		event(removed.eventId()).ifPresent((event) -> recompute(event, removed.key().userId()));
		this.wall.forget();
		this.feed.nudge(removed.eventId());
	}

	@EventListener
	void on(GuestErased erased) {
		for (WeddingEvent event : this.events.all()) {
			for (Showcased photo : this.table.ofGuest(event.id(), erased.userId())) {
				this.table.forgetShowcased(event.id(), photo.userId(), photo.imageId());
			}
			this.table.replace(event.id(), erased.userId(), null);
			this.feed.nudge(event.id());
		}
		this.table.keepOffScreen(erased.userId(), false);
		this.wall.forget();
	}

	@EventListener
	void on(PhotoVisibilityChanged changed) {
		if (changed.eventId() == null) {
			return;
		}
		this.table.state(changed.eventId(), changed.key().userId(), changed.key().imageId(),
				changed.hidden() ? Showcased.State.HIDDEN : Showcased.State.VISIBLE);
		this.wall.forget();
		this.feed.nudge(changed.eventId());
	}

	@EventListener
	void on(RankingVisibilityChanged changed) {
		this.table.keepOffScreen(changed.userId(), changed.hidden());
		this.wall.forget();
		this.events.current().ifPresent((event) -> this.feed.nudge(event.id()));
	}

	private void recompute(WeddingEvent event, String userId) {
		this.table.replace(event.id(), userId, best(event, userId, this.table.ofGuest(event.id(), userId)));
	}

	/**
	 * The guest's best among the photos left: the highest power, on a tie the earlier
	 * photo; photos sent after the countdown ended do not count.
	 * @return {@code null} when none counts
	 */
	static BoardTable.Entry best(WeddingEvent event, String userId, List<Showcased> photos) {
		return photos.stream()
			.filter((photo) -> event.ranks(photo.sentAt()))
			.min(Comparator.comparingLong(Showcased::power).reversed().thenComparing(Showcased::sentAt))
			.map((photo) -> new BoardTable.Entry(userId, photo.displayName(), photo.power(), photo.imageId(),
					photo.s3Key(), photo.sentAt()))
			.orElse(null);
	}

	private Optional<WeddingEvent> event(String eventId) {
		return this.events.all()
			.stream()
			.filter((event) -> event.id().equals(eventId))
			.findFirst()
			.or(() -> this.events.find(eventId));
	}

}
