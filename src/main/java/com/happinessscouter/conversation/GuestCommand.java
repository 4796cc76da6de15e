package com.happinessscouter.conversation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one table of what guests can type, in Japanese and English (case and surrounding
 * spaces ignored). Every quick-reply and rich-menu text the bot offers must be one of
 * these ({@code GuestCommandTest} checks both bundles).
 */
public enum GuestCommand {

	/** How to play. */
	HELP("使い方", "つかいかた", "ヘルプ", "help", "?", "？"),

	/**
	 * Shows the results that are waiting for the guest (a late score is pulled, not
	 * pushed).
	 */
	SEE_RESULTS("結果を見る", "けっかをみる", "see results", "results"),

	/** The open event's top five and the guest's own place. */
	RANKING("ランキング", "ranking", "rank"),

	/** Keep my name and photos off the big screen (my score still counts). */
	HIDE_ME("ランキングに載せない", "大画面に出ない", "hide me"),

	/** A link to the guest's own album (their photos and scores, downloadable). */
	ALBUM("アルバム", "あるばむ", "album", "my album"),

	/**
	 * Joins a table of the open event ({@code テーブル 3}, {@code table 3}, {@code テーブル花},
	 * full-width digits too) or, alone, lists its tables.
	 */
	TABLE("テーブル", "てーぶる", "table", "tables"),

	/** Show me on the big screen again. */
	SHOW_ME("ランキングに載せる", "大画面に出る", "show me"),

	/**
	 * Asks to delete everything the bot keeps about the guest (a confirmation follows).
	 */
	ASK_DELETE("削除", "delete my data"),

	/** Confirms the deletion (sent by the confirmation's quick reply). */
	CONFIRM_DELETE("削除する", "yes, delete my data"),

	/** Keeps the data after all. */
	CANCEL_DELETE("削除しない", "keep my data");

	private final List<String> texts;

	GuestCommand(String... texts) {
		this.texts = List.of(texts);
	}

	/** What a guest may type for this command, Japanese first. */
	public List<String> texts() {
		return this.texts;
	}

	/**
	 * Whether the command leads to deleting the guest's data (asking or confirming): only
	 * for a sender LINE names.
	 */
	public boolean deletes() {
		return this == ASK_DELETE || this == CONFIRM_DELETE;
	}

	/** The command a guest's text means, if any. */
	public static Optional<GuestCommand> of(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String typed = typed(text);
		Optional<GuestCommand> exact = Arrays.stream(values())
			.filter((command) -> command.texts.contains(typed))
			.findFirst();
		return exact.isPresent() ? exact : tableArgument(text).map((argument) -> TABLE);
	}

	/**
	 * The table a {@link #TABLE} text names ({@code "3"} of {@code テーブル３}), blank when it
	 * names none, empty when the text is no table command.
	 */
	public static Optional<String> tableArgument(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String typed = typed(text);
		for (String prefix : TABLE.texts) {
			if (typed.startsWith(prefix)) {
				String rest = typed.substring(prefix.length());
				boolean ascii = prefix.chars().allMatch((c) -> c < 0x80);
				if (rest.isEmpty() || !ascii || Character.isWhitespace(rest.charAt(0))
						|| Character.isDigit(rest.charAt(0))) {
					return Optional.of(rest.strip());
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Full-width letters, digits and spaces as ASCII, case and surrounding space gone.
	 */
	private static String typed(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
	}

}
