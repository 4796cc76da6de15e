package com.happinessscouter.line;

import java.util.List;

/**
 * A rich menu as the app asks LINE to make it: its size, name, chat-bar text and tappable
 * areas, each sending a text as the guest's message.
 *
 * @param width the image width in pixels (LINE: 800 to 2500)
 * @param height the image height in pixels (LINE: at least 250)
 * @param name the menu's name (not shown to guests; the app finds its own menus by it)
 * @param chatBarText the text of the chat bar that opens the menu (14 characters at most)
 * @param areas the tappable areas
 */
public record RichMenuSpec(int width, int height, String name, String chatBarText, List<Area> areas) {

	public RichMenuSpec {
		areas = List.copyOf(areas);
	}

	/**
	 * One tappable rectangle that sends {@code text} as the guest's message.
	 *
	 * @param x left edge in pixels
	 * @param y top edge in pixels
	 * @param width width in pixels
	 * @param height height in pixels
	 * @param label what LINE announces for the area (accessibility; 20 characters at
	 * most)
	 * @param text the message the guest sends by tapping
	 */
	public record Area(int x, int y, int width, int height, String label, String text) {
	}

	/**
	 * A menu LINE has.
	 *
	 * @param id LINE's rich menu id
	 * @param name its name
	 */
	public record Existing(String id, String name) {
	}

}
