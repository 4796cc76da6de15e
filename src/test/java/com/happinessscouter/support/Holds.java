package com.happinessscouter.support;

import java.time.Duration;

import org.awaitility.core.ThrowingRunnable;

import static org.awaitility.Awaitility.await;

/**
 * Shows that nothing more happens: an assertion must hold for a whole window (no second
 * answer, nothing stored). A pass takes the window; a failure is reported the moment the
 * assertion stops holding, with its message.
 */
public final class Holds {

	private Holds() {
	}

	/** Fails at once when {@code assertion} fails at any point during {@code window}. */
	public static void throughout(Duration window, ThrowingRunnable assertion) {
		await().during(window)
			.atMost(window.plusSeconds(3))
			.failFast("stopped holding within " + window, assertion)
			.untilAsserted(assertion);
	}

}
