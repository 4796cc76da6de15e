package com.happinessscouter.quota.ui;

import com.happinessscouter.quota.ThrottleDecision;
import com.vaadin.flow.component.Component;

/** A throttle decision's reason in the console's language. */
final class DecisionText {

	private DecisionText() {
	}

	/**
	 * The reason from the bundle when the decision has a key, else its English reason.
	 */
	static String of(Component where, ThrottleDecision decision) {
		return (decision.key() != null) ? where.getTranslation(decision.key(), decision.args().toArray())
				: decision.reason();
	}

}
