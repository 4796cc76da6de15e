package com.happinessscouter.audit;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param id the entry's id (unique)
 * @param at when it was recorded
 * @param who the console user
 * @param action what they did
 * @param target what it was done to (a guest, a photo, an event), or blank
 * @param from a setting before the change, or blank
 * @param to a setting after the change, or blank
 * @param reason why, as the user gave it, or blank
 * @param outcome how it ended
 */
public record AuditEntry(String id, Instant at, String who, AuditAction action, String target, String from, String to,
		String reason, Outcome outcome) {

	/** How an audited action ended. */
	public enum Outcome {

		/**
		 * Recorded before it ran; it has not ended (or the instance died while it ran).
		 */
		STARTED,
		/** It ran to the end. */
		DONE,
		/** It failed; what was done before the failure stays done. */
		FAILED

	}

	/** A change of a setting: from, to and the reason, no target. */
	public static AuditEntry change(String who, AuditAction action, String from, String to, String reason) {
		return new AuditEntry(null, null, who, action, "", from, to, reason, Outcome.DONE);
	}

	/** An action on a target. */
	public static AuditEntry action(String who, AuditAction action, String target) {
		return action(who, action, target, "");
	}

	/** An action on a target, with what it set the target to. */
	public static AuditEntry action(String who, AuditAction action, String target, String to) {
		return new AuditEntry(null, null, who, action, target, "", to, "", Outcome.DONE);
	}

	/** Whether who, target, from, to or reason contains {@code needle} (case ignored). */
	public boolean mentions(String needle) {
		String lower = needle.toLowerCase(java.util.Locale.ROOT);
		return java.util.stream.Stream.of(this.who, this.action.name(), this.target, this.from, this.to, this.reason)
			.anyMatch((text) -> text != null && text.toLowerCase(java.util.Locale.ROOT).contains(lower));
	}

}
