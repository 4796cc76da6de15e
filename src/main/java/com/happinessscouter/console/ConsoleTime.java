package com.happinessscouter.console;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Time as the console's pages show it: now from the app's one {@link Clock}, in the zone
 * of {@link ConsoleProperties#zone()}. Views take it from here instead of reading a zone
 * of their own, so every page agrees.
 */
@Component
public class ConsoleTime {

	private final Clock clock;

	private final ZoneId zone;

	ConsoleTime(Clock clock, ConsoleProperties properties) {
		this.clock = clock;
		this.zone = properties.zone();
	}

	public Instant now() {
		return this.clock.instant();
	}

	/** Now on the console's wall clock (event windows are entered in it). */
	public LocalDateTime localNow() {
		return LocalDateTime.ofInstant(this.clock.instant(), this.zone);
	}

	public ZoneId zone() {
		return this.zone;
	}

	/** A formatter for instants in the console's zone. */
	public DateTimeFormatter formatter(String pattern) {
		return DateTimeFormatter.ofPattern(pattern).withZone(this.zone);
	}

}
