package com.happinessscouter.scoring.rekognition;

import com.happinessscouter.scoring.ImageSize;

/**
 * What {@link ImageHeaderReader} learnt from a photo's first bytes.
 *
 * @param format JPEG or PNG
 * @param width stored width in pixels
 * @param height stored height in pixels
 * @param orientation the EXIF orientation, 1-8 (1 when absent, and always 1 for PNG)
 */
record ImageHeader(ImageFormat format, int width, int height, int orientation) {

	/** The size once the EXIF orientation is applied: orientations 5-8 turn a quarter. */
	ImageSize uprightSize() {
		boolean quarterTurn = this.orientation >= 5 && this.orientation <= 8;
		return quarterTurn ? new ImageSize(this.height, this.width) : new ImageSize(this.width, this.height);
	}

	enum ImageFormat {

		JPEG, PNG

	}

}
