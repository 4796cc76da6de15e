package com.happinessscouter.leaderboard;

import java.util.Locale;
import java.util.Set;

/** What guests can type about the ranking (Japanese or English, case ignored). */
public final class BoardCommands {

	/** The top 5 and the guest's own rank. */
	public static final Set<String> RANKING = Set.of("ランキング", "ranking", "rank");

	/** Keep my name and photos off the big screen (my score still counts). */
	public static final Set<String> HIDE_ME = Set.of("ランキングに載せない", "hide me");

	/** Show me on the big screen again. */
	public static final Set<String> SHOW_ME = Set.of("ランキングに載せる", "show me");

	private BoardCommands() {
	}

	public static boolean is(Set<String> command, String text) {
		return text != null && command.contains(text.strip().toLowerCase(Locale.ROOT));
	}

}
