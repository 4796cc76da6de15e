package com.happinessscouter.richmenu.internal;

import java.awt.Font;

/**
 * The menu's typeface: Noto Sans CJK JP (fonts-noto-cjk), which has both the Japanese and
 * the Latin glyphs; Java's logical sans-serif stands in where it is not installed.
 */
final class MenuFonts {

	private static final String FAMILY = "Noto Sans CJK JP";

	private MenuFonts() {
	}

	static Font bold(int size) {
		Font font = new Font(FAMILY, Font.BOLD, size);
		return FAMILY.equals(font.getFamily()) ? font : new Font(Font.SANS_SERIF, Font.BOLD, size);
	}

}
