package com.happinessscouter.line;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** A small time-bounded cache of profiles; a failed look-up is not cached. */
final class GuestCache {

	private record Entry(Guest guest, long expiresAtNanos) {
	}

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final long ttlNanos;

	private final int maxEntries;

	GuestCache(Duration ttl, int maxEntries) {
		this.ttlNanos = ttl.toNanos();
		this.maxEntries = maxEntries;
	}

	Guest get(String userId, Supplier<Guest> loader) {
		long now = System.nanoTime();
		Entry entry = this.entries.get(userId);
		if (entry != null && now - entry.expiresAtNanos() < 0) {
			return entry.guest();
		}
		Guest loaded = loader.get();
		if (loaded == null) {
			return Guest.unknown(userId);
		}
		if (this.entries.size() >= this.maxEntries) {
			this.entries.clear();
		}
		this.entries.put(userId, new Entry(loaded, now + this.ttlNanos));
		return loaded;
	}

}
