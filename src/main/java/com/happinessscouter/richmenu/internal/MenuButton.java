package com.happinessscouter.richmenu.internal;

import com.happinessscouter.conversation.GuestCommand;

/**
 * The rich menu's buttons, in reading order (left to right, top to bottom): adding a
 * button is one line here and its {@code bot.richmenu.<key>.label} / {@code .text} in
 * both bot bundles; the layout and the image follow. The text sent must be a text of
 * {@link #command}.
 */
public enum MenuButton {

	SEE_RESULTS(GuestCommand.SEE_RESULTS, "results", MenuIcon.STAR, 0xF47C7C),

	RANKING(GuestCommand.RANKING, "ranking", MenuIcon.PODIUM, 0xF2B544),

	HELP(GuestCommand.HELP, "help", MenuIcon.QUESTION, 0x5DB7A4),

	HIDE_ME(GuestCommand.HIDE_ME, "hideMe", MenuIcon.HIDDEN, 0x8C8FD6),

	ALBUM(GuestCommand.ALBUM, "album", MenuIcon.ALBUM, 0x6FA8DC),

	TABLE(GuestCommand.TABLE, "table", MenuIcon.TABLE, 0x9BC27A);

	private final GuestCommand command;

	private final String key;

	private final MenuIcon icon;

	private final int color;

	MenuButton(GuestCommand command, String key, MenuIcon icon, int color) {
		this.command = command;
		this.key = key;
		this.icon = icon;
		this.color = color;
	}

	/** The command the button's text means. */
	public GuestCommand command() {
		return this.command;
	}

	/** The bot bundle key of what the button shows. */
	public String labelKey() {
		return "bot.richmenu." + this.key + ".label";
	}

	/** The bot bundle key of the text the button sends. */
	public String textKey() {
		return "bot.richmenu." + this.key + ".text";
	}

	MenuIcon icon() {
		return this.icon;
	}

	/** The button's colour, {@code 0xRRGGBB}. */
	int color() {
		return this.color;
	}

}
