package com.happinessscouter.richmenu.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each button goes: up to three in one row (2500 x 843), more in two rows (2500 x
 * 1686), the first row taking the odd one. The cells tile the image exactly, so every
 * pixel is a button and none overlap.
 */
public final class MenuLayout {

	/** LINE's widest rich menu. */
	public static final int WIDTH = 2500;

	/** One row of LINE's "compact" height. */
	public static final int ROW_HEIGHT = 843;

	private static final int MAX_PER_ROW = 3;

	private MenuLayout() {
	}

	/** A button's rectangle in image pixels. */
	public record Cell(int x, int y, int width, int height) {

		boolean overlaps(Cell other) {
			return this.x < other.x + other.width && other.x < this.x + this.width && this.y < other.y + other.height
					&& other.y < this.y + this.height;
		}

	}

	static int rows(int buttons) {
		if (buttons < 1 || buttons > 2 * MAX_PER_ROW) {
			throw new IllegalArgumentException("1 to " + 2 * MAX_PER_ROW + " buttons, not " + buttons);
		}
		return (buttons <= MAX_PER_ROW) ? 1 : 2;
	}

	/** The image height for this many buttons. */
	public static int height(int buttons) {
		return rows(buttons) * ROW_HEIGHT;
	}

	/** The buttons' cells, in reading order. */
	public static List<Cell> cells(int buttons) {
		int rows = rows(buttons);
		int firstRow = (buttons + rows - 1) / rows;
		List<Cell> cells = new ArrayList<>(buttons);
		addRow(cells, firstRow, 0);
		if (rows == 2) {
			addRow(cells, buttons - firstRow, ROW_HEIGHT);
		}
		return cells;
	}

	private static void addRow(List<Cell> cells, int count, int y) {
		for (int i = 0; i < count; i++) {
			int left = WIDTH * i / count;
			int right = WIDTH * (i + 1) / count;
			cells.add(new Cell(left, y, right - left, ROW_HEIGHT));
		}
	}

}
