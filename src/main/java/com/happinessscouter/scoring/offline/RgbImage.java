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

	/**
	 * This image turned upright according to an EXIF orientation (1-8); the same instance
	 * for 1 or an unknown value.
	 */
	RgbImage oriented(int orientation) {
		if (orientation < 2 || orientation > 8) {
			return this;
		}
		boolean transpose = orientation >= 5;
		int outW = transpose ? this.height : this.width;
		int outH = transpose ? this.width : this.height;
		RgbImage out = new RgbImage(outW, outH);
		for (int y = 0; y < outH; y++) {
			for (int x = 0; x < outW; x++) {
				int src = sourceIndex(orientation, x, y, outW, outH);
				int dst = (y * outW + x) * 3;
				out.rgb[dst] = this.rgb[src];
				out.rgb[dst + 1] = this.rgb[src + 1];
				out.rgb[dst + 2] = this.rgb[src + 2];
			}
		}
		return out;
	}

	/** Index in this (stored) image of the pixel shown at (x, y) of the upright image. */
	private int sourceIndex(int orientation, int x, int y, int outW, int outH) {
		int sx;
		int sy;
		switch (orientation) {
			case 2 -> {
				sx = outW - 1 - x;
				sy = y;
			}
			case 3 -> {
				sx = outW - 1 - x;
				sy = outH - 1 - y;
			}
			case 4 -> {
				sx = x;
				sy = outH - 1 - y;
			}
			case 5 -> {
				sx = y;
				sy = x;
			}
			case 6 -> {
				sx = y;
				sy = outW - 1 - x;
			}
			case 7 -> {
				sx = outH - 1 - y;
				sy = outW - 1 - x;
			}
			default -> {
				sx = outH - 1 - y;
				sy = x;
			}
		}
		return (sy * this.width + sx) * 3;
	}

}
