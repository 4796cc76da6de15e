package com.happinessscouter.simulator;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Makes the fake LINE API fail on purpose (for fault tests and for trying the bot's
 * patience locally): the next {@code n} calls of an operation answer a given status.
 */
public class SimulatorFaults {

	private record Fault(HttpStatus status, AtomicInteger remaining) {
	}

	private final Map<String, Fault> faults = new ConcurrentHashMap<>();

	/**
	 * @param operation {@code reply} or {@code push}
	 */
	public void fail(String operation, HttpStatus status, int times) {
		this.faults.put(operation, new Fault(status, new AtomicInteger(times)));
	}

	public void clear() {
		this.faults.clear();
	}

	Optional<ResponseEntity<String>> next(String operation) {
		Fault fault = this.faults.get(operation);
		if (fault == null || fault.remaining().getAndDecrement() <= 0) {
			return Optional.empty();
		}
		String message = (fault.status() == HttpStatus.TOO_MANY_REQUESTS) ? "You have reached your monthly limit."
				: "simulated failure";
		return Optional.of(ResponseEntity.status(fault.status()).body("{\"message\":\"" + message + "\"}"));
	}

}
