package com.happinessscouter.scoring.offline;

/**
 * An 8-bit RGB image, interleaved: {@code rgb[(y * width + x) * 3 + channel]}. Compact (3
 * bytes a pixel) so that large photos stay cheap to hold.
 */
final class RgbImage {

	final int width;

	final int height;

	final byte[] rgb;

	RgbImage(int width, int height) {
		this(width, height, new byte[Math.multiplyExact(Math.multiplyExact(width, height), 3)]);
	}

	RgbImage(int width, int height, byte[] rgb) {
		if (rgb.length != width * height * 3) {
			throw new IllegalArgumentException("Pixel data does not match " + width + "x" + height);
		}
		this.width = width;
		this.height = height;
		this.rgb = rgb;
	}

	/** Channel {@code c} of pixel (x, y), 0-255. */
	int sample(int x, int y, int c) {
		return this.rgb[(y * this.width + x) * 3 + c] & 0xFF;
	}

}
