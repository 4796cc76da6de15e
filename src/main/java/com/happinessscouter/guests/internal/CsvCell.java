package com.happinessscouter.guests.internal;

/**
 * One CSV cell for a file the console exports: quoted, and never read as a formula by a
 * spreadsheet (CSV injection). Text that starts with {@code = + - @}, a TAB or a CR, or
 * the full-width {@code ＝ ＋ － ＠} (which Excel and others also take for a formula), is
 * prefixed with an apostrophe.
 */
final class CsvCell {

	private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

	private CsvCell() {
	}

	/** The value as a quoted CSV cell ({@code null}: empty). */
	static String quoted(String value) {
		String text = neutralised((value != null) ? value : "");
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	/**
	 * The text with an apostrophe in front when a spreadsheet would take it for a
	 * formula.
	 */
	static String neutralised(String text) {
		if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
