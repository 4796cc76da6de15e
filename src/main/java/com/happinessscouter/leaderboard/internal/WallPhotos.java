package com.happinessscouter.leaderboard.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.happinessscouter.leaderboard.Showcased;

import org.springframework.stereotype.Component;

/**
 * The photos the wall may show, newest first: shown ones only (hidden photos and photos
 * awaiting approval are not on the index it reads, as for the ranking) and none of guests
 * kept off the screen. One Query (the newest {@value #MOST}) and one batch read, kept for
 * a few seconds per event; a moderation on this instance forgets it at once.
 */
@Component
public class WallPhotos {

	static final int MOST = 1000;

	private static final Duration KEEP = Duration.ofSeconds(5);

	private record Read(List<Showcased> photos, Instant at) {
	}

	private final BoardTable table;

	private final Clock clock;

	private final Map<String, Read> reads = new ConcurrentHashMap<>();

	WallPhotos(BoardTable table, Clock clock) {
		this.table = table;
		this.clock = clock;
	}

	public List<Showcased> of(String eventId) {
		Instant now = this.clock.instant();
		Read read = this.reads.get(eventId);
		if (read == null || !read.at().plus(KEEP).isAfter(now)) {
			List<Showcased> shown = this.table.latest(eventId, Showcased.State.VISIBLE, MOST, true);
			Set<String> offScreen = this.table.offScreen(shown.stream().map(Showcased::userId).distinct().toList());
			read = new Read(shown.stream().filter((photo) -> !offScreen.contains(photo.userId())).toList(), now);
			this.reads.put(eventId, read);
		}
		return read.photos();
	}

	/** What the screen may show changed here: read again next time. */
	public void forget() {
		this.reads.clear();
	}

}
