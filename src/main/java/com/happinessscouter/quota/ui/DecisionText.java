package com.happinessscouter.quota.ui;

import com.happinessscouter.quota.ThrottleDecision;
import com.vaadin.flow.component.Component;

/** A throttle decision's reason in the console's language. */
final class DecisionText {

	private DecisionText() {
	}

	/** The decision's reason from the console's bundle (never the English log text). */
	static String of(Component where, ThrottleDecision decision) {
		return where.getTranslation(decision.key(), decision.args().toArray());
	}

}
