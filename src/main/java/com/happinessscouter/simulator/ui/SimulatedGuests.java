package com.happinessscouter.simulator.ui;

import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.happinessscouter.simulator.SimulatedGuest;

/** Small helpers for the simulator's guest list. */
final class SimulatedGuests {

	private SimulatedGuests() {
	}

	/** A LINE-shaped user id: {@code U} and 32 lower-case hex digits. */
	static String newUserId() {
		byte[] bytes = new byte[16];
		ThreadLocalRandom.current().nextBytes(bytes);
		return "U" + HexFormat.of().formatHex(bytes);
	}

	static List<SimulatedGuest> sorted(Collection<SimulatedGuest> guests) {
		return guests.stream()
			.sorted(Comparator.comparing(SimulatedGuest::displayName).thenComparing(SimulatedGuest::userId))
			.toList();
	}

}
