package com.happinessscouter.leaderboard.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.happinessscouter.leaderboard.Showcased;

/**
 * The photo wall's turns on one screen: a page of photos stays for the page time, then
 * the next page takes the newest photos not yet shown in this round, so every photo gets
 * its turn and a photo sent meanwhile comes up next; when all were shown, a new round
 * starts from the newest. A photo no longer allowed (hidden, kept off) leaves the page at
 * once.
 */
final class WallRotation {

	private final Duration page;

	private final int size;

	private final Set<String> seen = new HashSet<>();

	private List<Showcased> current = List.of();

	private Instant turnAt;

	WallRotation(Duration page, int size) {
		this.page = page;
		this.size = size;
	}

	/** The page to show at {@code now}, out of {@code photos} (newest first). */
	List<Showcased> page(Instant now, List<Showcased> photos) {
		Set<String> allowed = new HashSet<>();
		photos.forEach((photo) -> allowed.add(id(photo)));
		this.current = this.current.stream().filter((photo) -> allowed.contains(id(photo))).toList();
		if (this.turnAt == null || !now.isBefore(this.turnAt) || this.current.isEmpty()) {
			this.seen.retainAll(allowed);
			List<Showcased> next = unseen(photos);
			if (next.isEmpty()) {
				this.seen.clear();
				next = unseen(photos);
			}
			next.forEach((photo) -> this.seen.add(id(photo)));
			this.current = next;
			this.turnAt = now.plus(this.page);
		}
		return this.current;
	}

	private List<Showcased> unseen(List<Showcased> photos) {
		return photos.stream().filter((photo) -> !this.seen.contains(id(photo))).limit(this.size).toList();
	}

	static String id(Showcased photo) {
		return photo.userId() + "#" + photo.imageId();
	}

}
