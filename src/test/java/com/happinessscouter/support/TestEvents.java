package com.happinessscouter.support;

import java.time.Duration;
import java.time.Instant;

import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;

/**
 * Events for tests: each test opens its own (it becomes the open one, being the latest
 * started) and closes it afterwards, so tests that follow tag nothing.
 */
public final class TestEvents {

	private TestEvents() {
	}

	public static WeddingEvent open(Events events, String name, boolean preModeration) {
		Instant now = Instant.now();
		return events.save(new WeddingEvent(null, name, "Aoi & Ren", now.minus(Duration.ofMinutes(1)),
				now.plus(Duration.ofHours(2)), true, preModeration, null, null), "test");
	}

	public static void close(Events events, WeddingEvent event) {
		if (event != null) {
			WeddingEvent current = events.find(event.id()).orElse(event);
			events.save(new WeddingEvent(current.id(), current.name(), current.couple(), current.startsAt(),
					current.endsAt(), false, current.preModeration(), current.countdownStartedAt(),
					current.countdownEndsAt()), "test");
		}
	}

}
