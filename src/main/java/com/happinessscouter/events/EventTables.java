package com.happinessscouter.events;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * An event's tables as a host writes them: a count ({@code 8}: tables 1 to 8) or names
 * separated by commas ({@code 花, 鳥, 風, 月}), and how a guest's word finds one (its number
 * or its name, full-width digits and case ignored).
 */
public final class EventTables {

	/** The most tables an event may have. */
	public static final int MOST = 60;

	/** The longest table name. */
	public static final int LONGEST_NAME = 20;

	private EventTables() {
	}

	/**
	 * The tables a host wrote: blank for none, a count, or names.
	 * @throws IllegalArgumentException ({@code events.error.tables}) when they are not
	 * valid
	 */
	public static List<String> parse(String written) {
		String text = normalize(written);
		if (text.isEmpty()) {
			return List.of();
		}
		if (text.matches("\\d{1,3}")) {
			int count = Integer.parseInt(text);
			return check(IntStream.rangeClosed(1, count).mapToObj(Integer::toString).toList());
		}
		return check(Arrays.stream(text.split("[,、\\n]")).map(String::strip).filter((n) -> !n.isEmpty()).toList());
	}

	/**
	 * The tables as valid: 1 to {@value #MOST} distinct names of at most
	 * {@value #LONGEST_NAME} characters; a name that is a number is its table's number.
	 * @throws IllegalArgumentException ({@code events.error.tables}) otherwise
	 */
	public static List<String> check(List<String> tables) {
		boolean valid = tables.size() <= MOST;
		Set<String> seen = new HashSet<>();
		for (int i = 0; valid && i < tables.size(); i++) {
			String name = tables.get(i);
			valid = name != null && !name.isBlank() && name.length() <= LONGEST_NAME
					&& seen.add(normalize(name).toLowerCase(Locale.ROOT))
					&& (!normalize(name).matches("\\d+") || normalize(name).equals(Integer.toString(i + 1)));
		}
		if (!valid) {
			throw new IllegalArgumentException("events.error.tables");
		}
		return List.copyOf(tables);
	}

	/** How the tables are written back in the form: a count when they are numbered. */
	public static String written(List<String> tables) {
		boolean numbered = IntStream.range(0, tables.size())
			.allMatch((i) -> tables.get(i).equals(Integer.toString(i + 1)));
		return (numbered && !tables.isEmpty()) ? Integer.toString(tables.size()) : String.join(", ", tables);
	}

	/** The number (1 first) of the table a guest means by {@code word}, if any. */
	public static Optional<Integer> find(List<String> tables, String word) {
		String wanted = normalize(word).toLowerCase(Locale.ROOT);
		if (wanted.matches("\\d{1,3}")) {
			int number = Integer.parseInt(wanted);
			return (number >= 1 && number <= tables.size()) ? Optional.of(number) : Optional.empty();
		}
		return IntStream.range(0, tables.size())
			.filter((i) -> normalize(tables.get(i)).toLowerCase(Locale.ROOT).equals(wanted))
			.mapToObj((i) -> i + 1)
			.findFirst();
	}

	/** Full-width digits and letters as ASCII, spaces stripped. */
	public static String normalize(String text) {
		return (text != null) ? Normalizer.normalize(text, Normalizer.Form.NFKC).strip() : "";
	}

}
