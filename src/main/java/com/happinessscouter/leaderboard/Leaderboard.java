package com.happinessscouter.leaderboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.happinessscouter.leaderboard.internal.BoardPlaces;
import com.happinessscouter.leaderboard.internal.BoardTable;
import com.happinessscouter.leaderboard.internal.ShowTable;
import com.happinessscouter.leaderboard.internal.WallPhotos;
import com.happinessscouter.submission.Photo;
import com.happinessscouter.submission.PhotoStatus;
import com.happinessscouter.submission.Submissions;
import com.happinessscouter.tables.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Reads the board: the top guests with what the screen may show of them, a guest's own
 * place, the latest photos and the moderation queue.
 */
@Service
public class Leaderboard {

	private static final Logger log = LoggerFactory.getLogger(Leaderboard.class);

	private static final Duration LINK_REUSE = Duration.ofMinutes(5);

	/** The most guests of an event whose best power counts for their tables. */
	private static final int TABLE_TEAM_GUESTS = 2000;

	private record Link(String url, Instant madeAt) {
	}

	private final BoardTable table;

	private final BoardPlaces places;

	private final Events events;

	private final Submissions submissions;

	private final ShowTable show;

	private final WallPhotos wall;

	private final LeaderboardProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	private final Tables tables;

	private final Map<String, Link> links = new ConcurrentHashMap<>();

	Leaderboard(BoardTable table, BoardPlaces places, Events events, Submissions submissions, ShowTable show,
			WallPhotos wall, LeaderboardProperties properties, Clock clock, ApplicationEventPublisher publisher,
			Tables tables) {
		this.tables = tables;
		this.publisher = publisher;
		this.show = show;
		this.wall = wall;
		this.table = table;
		this.places = places;
		this.events = events;
		this.submissions = submissions;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * What the big screen shows now: the wall's photos are read only when it may show
	 * them (another mode than "ranking", or waiting for the reveal).
	 */
	public Board board(WeddingEvent event) {
		ShowState state = this.show.read(event.id(), this.properties.show().mode());
		boolean wall = state.mode() != ShowMode.RANKING || event.frozen(this.clock.instant());
		return new Board(event, top(event.id(), this.properties.top()), recent(event.id()), state,
				wall ? this.wall.of(event.id()) : List.of(), this.tables.ranking(event, () -> bestPowers(event.id())));
	}

	/**
	 * Each ranked guest's best power in the event (one Query of the event's ranking), for
	 * the table ranking.
	 */
	private Map<String, Long> bestPowers(String eventId) {
		Map<String, Long> best = new HashMap<>();
		this.table.top(eventId, TABLE_TEAM_GUESTS).forEach((entry) -> best.put(entry.userId(), entry.power()));
		return best;
	}

	/** The best {@code limit} guests: one Query on the index and one batch read. */
	public List<Standing> top(String eventId, int limit) {
		return top(eventId, limit, false);
	}

	/**
	 * The final results for the gift table and the certificates: like {@link #top}, but
	 * with the names of guests kept off the screen (their photos stay off).
	 */
	public List<Standing> results(String eventId, int limit) {
		return top(eventId, limit, true);
	}

	private List<Standing> top(String eventId, int limit, boolean named) {
		List<BoardTable.Entry> entries = this.table.top(eventId, limit);
		BoardTable.Screen screen = this.table.screen(eventId, entries);
		Map<String, Showcased> photos = screen.photos();
		Set<String> offScreen = screen.offScreen();
		List<Standing> standings = new ArrayList<>();
		for (BoardTable.Entry entry : entries) {
			Showcased photo = photos.get(entry.userId() + "#" + entry.imageId());
			boolean off = offScreen.contains(entry.userId());
			boolean shown = !off && photo != null && photo.state() == Showcased.State.VISIBLE;
			standings
				.add(new Standing(standings.size() + 1, entry.userId(), (off && !named) ? null : entry.displayName(),
						entry.power(), entry.imageId(), shown ? entry.s3Key() : null, entry.sentAt()));
		}
		return standings;
	}

	/** A guest's place in the event, if they have a scored photo in it. */
	public Optional<Standing> standingOf(String eventId, String userId) {
		return this.table.entry(eventId, userId)
			.map((entry) -> new Standing((int) (this.table.ahead(eventId, entry) + 1), entry.userId(),
					entry.displayName(), entry.power(), entry.imageId(), null, entry.sentAt()));
	}

	/**
	 * The place of the guest who sent {@code photos} (one photo, or an image set) in the
	 * event they were sent in, with these photos counted (the board ranks a photo before
	 * its guest is answered, and a best not yet on the index is counted all the same):
	 * one Query. Like {@link #ranking}, guests kept off the big screen have a place.
	 * @return empty when none of them is a scored photo of an event, or the guest is not
	 * ranked there (their photos were sent after the countdown ended and none before), or
	 * the ranking cannot be read now: the score goes out without a place rather than late
	 */
	public Optional<Place> placeAfter(List<Photo> photos) {
		try {
			return place(photos);
		}
		catch (SdkException ex) {
			log.warn("place of a guest not read, answered without it: {}", ex.toString());
			return Optional.empty();
		}
	}

	private Optional<Place> place(List<Photo> photos) {
		List<Photo> scored = photos.stream()
			.filter((photo) -> photo.status() == PhotoStatus.SCORED && photo.score() != null && photo.eventId() != null)
			.toList();
		if (scored.isEmpty()) {
			return Optional.empty();
		}
		String eventId = scored.getFirst().eventId();
		Optional<WeddingEvent> event = this.events.all().stream().filter((e) -> e.id().equals(eventId)).findFirst();
		if (event.isEmpty()) {
			return Optional.empty();
		}
		List<BoardTable.Entry> counted = scored.stream()
			.filter((photo) -> photo.eventId().equals(eventId) && event.get().ranks(photo.receivedAt()))
			.map((photo) -> new BoardTable.Entry(photo.key().userId(), null, photo.score().power(),
					photo.key().imageId(), photo.s3Key(), photo.receivedAt()))
			.toList();
		return this.places.place(eventId, scored.getFirst().key().userId(), counted);
	}

	/**
	 * The answer to a guest's {@code ランキング}: the open event's top five and their place.
	 */
	public GuestRanking ranking(String userId) {
		Optional<WeddingEvent> event = this.events.current();
		if (event.isEmpty()) {
			return new GuestRanking(null, List.of(), null);
		}
		String eventId = event.get().id();
		return new GuestRanking(event.get().name(), top(eventId, 5), standingOf(eventId, userId).orElse(null));
	}

	/**
	 * Keeps a guest's name and photos off the big screen ({@code hidden}) or shows them
	 * again; their score still counts.
	 */
	public void keepOffScreen(String userId, boolean hidden) {
		this.publisher.publishEvent(new RankingVisibilityChanged(userId, hidden));
	}

	/** The latest photos the screen may show (not of guests who asked to be kept off). */
	public List<Showcased> recent(String eventId) {
		if (this.properties.recent() == 0) {
			return List.of();
		}
		List<Showcased> latest = this.table.latest(eventId, Showcased.State.VISIBLE, this.properties.recent() * 2,
				true);
		Set<String> offScreen = this.table.offScreen(latest.stream().map(Showcased::userId).toList());
		return latest.stream()
			.filter((photo) -> !offScreen.contains(photo.userId()))
			.limit(this.properties.recent())
			.toList();
	}

	/** Photos awaiting a host's approval, oldest first. */
	public List<Showcased> queue(String eventId, int limit) {
		return this.table.latest(eventId, Showcased.State.PENDING, limit, false);
	}

	/** The latest shown photos, for hosts to hide one. */
	public List<Showcased> shown(String eventId, int limit) {
		return this.table.latest(eventId, Showcased.State.VISIBLE, limit, true);
	}

	/**
	 * Every photo of the event the big screen may show (approved, not hidden, not of a
	 * guest kept off the screen), newest first: the couple's event album.
	 */
	public List<Showcased> everyShown(String eventId) {
		List<Showcased> shown = this.table.latest(eventId, Showcased.State.VISIBLE, Integer.MAX_VALUE, true);
		Set<String> offScreen = this.table.offScreen(shown.stream().map(Showcased::userId).distinct().toList());
		return shown.stream().filter((photo) -> !offScreen.contains(photo.userId())).toList();
	}

	/** Lets the big screen show a photo that was awaiting approval. */
	public void approve(String eventId, String userId, String imageId) {
		this.table.state(eventId, userId, imageId, Showcased.State.VISIBLE);
		this.wall.forget();
	}

	/**
	 * A short-lived link to a photo, reused for a few minutes so the screen does not
	 * reload images every second.
	 */
	public String photoUrl(String s3Key) {
		Instant now = this.clock.instant();
		Link link = this.links.get(s3Key);
		if (link == null || link.madeAt().plus(LINK_REUSE).isBefore(now)) {
			link = new Link(this.submissions.thumbnailUrl(s3Key), now);
			this.links.put(s3Key, link);
			if (this.links.size() > 2000) {
				this.links.values().removeIf((old) -> old.madeAt().plus(LINK_REUSE).isBefore(now));
			}
		}
		return link.url();
	}

	public LeaderboardProperties properties() {
		return this.properties;
	}

}
