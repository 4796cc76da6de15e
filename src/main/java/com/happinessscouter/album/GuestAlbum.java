package com.happinessscouter.album;

import java.time.Instant;
import java.util.List;

/**
 * What a guest's album link opens.
 *
 * @param state what the page says
 * @param expiry until when the link works ({@code null} unless {@link State#OPEN})
 * @param photos the guest's kept photos, newest first (empty unless {@link State#OPEN})
 */
public record GuestAlbum(State state, Instant expiry, List<AlbumPhoto> photos) {

	/** What a link is worth. */
	public enum State {

		/** The guest's photos. */
		OPEN,
		/** The link's time is up. */
		EXPIRED,
		/** Retention removed the photos (or none were ever kept). */
		GONE,
		/** Tampered, malformed, another guest's id, another key. */
		REFUSED

	}

	static GuestAlbum closed(State state) {
		return new GuestAlbum(state, null, List.of());
	}

}
