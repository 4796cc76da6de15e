package com.happinessscouter.submission;

import java.util.Locale;
import java.util.Set;

/**
 * What guests can type to manage their data (Japanese or English, case and surrounding
 * spaces ignored).
 */
public final class GuestCommands {

	/**
	 * Asks to delete everything the bot keeps about the guest (a confirmation follows).
	 */
	public static final Set<String> ASK_DELETE = Set.of("削除", "delete my data");

	/** Confirms the deletion (sent by the confirmation's quick reply). */
	public static final Set<String> CONFIRM_DELETE = Set.of("削除する", "yes, delete my data");

	/** Keeps the data after all. */
	public static final Set<String> CANCEL_DELETE = Set.of("削除しない", "keep my data");

	private GuestCommands() {
	}

	public static boolean is(Set<String> command, String text) {
		return text != null && command.contains(text.strip().toLowerCase(Locale.ROOT));
	}

}
