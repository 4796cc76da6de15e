package com.happinessscouter.images.internal;

/**
 * How much a decoder skips: keeping every n-th row and column, the decoder never holds
 * the full-resolution pixels.
 */
public final class Subsampling {

	private Subsampling() {
	}

	/**
	 * The smallest whole factor that brings the shorter side to at most {@code shortSide}
	 * and the whole image to at most {@code maxPixels}.
	 */
	public static int factor(int width, int height, int shortSide, long maxPixels) {
		int factor = Math.max(1, Math.ceilDiv(Math.min(width, height), Math.max(1, shortSide)));
		while (Math.ceilDiv(width, factor) * (long) Math.ceilDiv(height, factor) > maxPixels) {
			factor++;
		}
		return factor;
	}

}
