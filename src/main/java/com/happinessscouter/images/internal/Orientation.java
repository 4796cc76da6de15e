package com.happinessscouter.images.internal;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;

/**
 * Turns a decoded image upright according to its EXIF orientation (1-8), keeping its
 * colour model and pixel layout (an 8-bit BGR image stays one).
 */
public final class Orientation {

	/**
	 * Per orientation 2-8, where stored pixel (x, y) of a w x h image lands, as
	 * {@code {a, b, c, d, e, f, g, h}}: {@code x' = a x + b y + c (w-1) + d (h-1)},
	 * {@code y' = e x + f y + g (w-1) + h (h-1)}.
	 */
	private static final int[][] MAPS = { { -1, 0, 1, 0, 0, 1, 0, 0 }, { -1, 0, 1, 0, 0, -1, 0, 1 },
			{ 1, 0, 0, 0, 0, -1, 0, 1 }, { 0, 1, 0, 0, 1, 0, 0, 0 }, { 0, -1, 0, 1, 1, 0, 0, 0 },
			{ 0, -1, 0, 1, -1, 0, 1, 0 }, { 0, 1, 0, 0, -1, 0, 1, 0 } };

	private Orientation() {
	}

	/**
	 * The image as it is meant to be seen; the same instance for 1 or an unknown value.
	 */
	public static BufferedImage upright(BufferedImage image, int orientation) {
		if (orientation < 2 || orientation > 8) {
			return image;
		}
		int[] map = MAPS[orientation - 2];
		int w = image.getWidth();
		int h = image.getHeight();
		boolean turn = orientation >= 5;
		WritableRaster source = image.getRaster();
		WritableRaster target = source.createCompatibleWritableRaster(turn ? h : w, turn ? w : h);
		int cx = map[2] * (w - 1) + map[3] * (h - 1);
		int cy = map[6] * (w - 1) + map[7] * (h - 1);
		Object pixel = null;
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				pixel = source.getDataElements(x, y, pixel);
				target.setDataElements(map[0] * x + map[1] * y + cx, map[4] * x + map[5] * y + cy, pixel);
			}
		}
		return new BufferedImage(image.getColorModel(), target, image.isAlphaPremultiplied(), null);
	}

}
