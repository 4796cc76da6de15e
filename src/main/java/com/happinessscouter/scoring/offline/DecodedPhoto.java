package com.happinessscouter.scoring.offline;

/**
 * A decoded, upright photo, possibly downscaled while decoding.
 *
 * @param image the upright pixels, at {@code 1 / subsampling} of the original resolution
 * @param width the width of the upright original
 * @param height the height of the upright original
 * @param subsampling the factor the original was reduced by (1 when not reduced)
 */
record DecodedPhoto(RgbImage image, int width, int height, int subsampling) {

	/**
	 * Factor from {@link #image} pixels to original pixels: decoded pixel i is original
	 * pixel i x factor.
	 */
	double scale() {
		return this.subsampling;
	}

}
