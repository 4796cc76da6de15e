package com.happinessscouter.events.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.happinessscouter.events.Events;
import com.happinessscouter.events.EventsProperties;
import com.happinessscouter.events.WeddingEvent;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With {@code app.events.seed-demo}, an event open for a week is created when there is
 * none, so the local leaderboard works at once.
 */
@Component
class DemoEvent {

	private final Events events;

	private final EventsProperties properties;

	private final Clock clock;

	DemoEvent(Events events, EventsProperties properties, Clock clock) {
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seed() {
		if (!this.properties.seedDemo() || !this.events.all().isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		this.events.save(new WeddingEvent(null, "Reception", "Aoi & Ren", now.minus(Duration.ofHours(1)),
				now.plus(Duration.ofDays(7)), true, false, null, null), "system");
	}

}
