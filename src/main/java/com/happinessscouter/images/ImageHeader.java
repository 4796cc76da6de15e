package com.happinessscouter.images;

/**
 * What a photo's header says, read without decoding it.
 *
 * @param format JPEG or PNG
 * @param width stored width in pixels
 * @param height stored height in pixels
 * @param orientation the EXIF orientation, 1-8 (1 when absent or unreadable)
 * @param progressive whether the JPEG is progressive (its decoder holds every coefficient
 * of the image at once); always {@code false} for PNG
 */
public record ImageHeader(ImageFormat format, int width, int height, int orientation, boolean progressive) {

	/** Whether the orientation turns the image a quarter (EXIF 5-8). */
	public boolean quarterTurn() {
		return this.orientation >= 5 && this.orientation <= 8;
	}

	/** The width once the EXIF orientation is applied. */
	public int uprightWidth() {
		return quarterTurn() ? this.height : this.width;
	}

	/** The height once the EXIF orientation is applied. */
	public int uprightHeight() {
		return quarterTurn() ? this.width : this.height;
	}

	/** Width x height, as stored. */
	public long pixels() {
		return (long) this.width * this.height;
	}

}
