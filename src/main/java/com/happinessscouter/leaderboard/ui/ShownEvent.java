package com.happinessscouter.leaderboard.ui;

import java.util.List;
import java.util.Optional;

import com.happinessscouter.events.Events;
import com.happinessscouter.events.WeddingEvent;
import com.vaadin.flow.router.BeforeEnterEvent;

/** The event a show page is about: {@code ?event=id}, else the open one. */
final class ShownEvent {

	private ShownEvent() {
	}

	static Optional<String> id(BeforeEnterEvent enter, Events events) {
		List<String> asked = enter.getLocation().getQueryParameters().getParameters().getOrDefault("event", List.of());
		return asked.isEmpty() ? events.current().map(WeddingEvent::id) : Optional.of(asked.get(0));
	}

	static Optional<WeddingEvent> of(BeforeEnterEvent enter, Events events) {
		return id(enter, events).flatMap(events::find);
	}

	/** A number parameter, or {@code fallback}. */
	static int number(BeforeEnterEvent enter, String name, int fallback) {
		List<String> values = enter.getLocation().getQueryParameters().getParameters().getOrDefault(name, List.of());
		try {
			return values.isEmpty() ? fallback : Integer.parseInt(values.get(0));
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

}
