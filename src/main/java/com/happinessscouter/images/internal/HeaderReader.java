package com.happinessscouter.images.internal;

import com.happinessscouter.images.ImageFormat;
import com.happinessscouter.images.ImageHeader;
import com.happinessscouter.images.ImageRejectedException;
import com.happinessscouter.images.ImageRejectedException.Reason;

/**
 * Reads a JPEG's or PNG's header without decoding anything; never reads past the bytes
 * and throws nothing but {@link ImageRejectedException}.
 */
public final class HeaderReader {

	private HeaderReader() {
	}

	/** The header, with a size of at least 1 x 1. */
	public static ImageHeader read(byte[] bytes) throws ImageRejectedException {
		ImageFormat format = ImageFormat.sniff(bytes)
			.orElseThrow(() -> new ImageRejectedException(Reason.UNSUPPORTED_FORMAT, "neither JPEG nor PNG"));
		ImageHeader header = switch (format) {
			case JPEG -> JpegHeader.read(bytes);
			case PNG -> PngHeader.read(bytes);
		};
		if (header.width() < 1 || header.height() < 1) {
			throw new ImageRejectedException(Reason.CORRUPT,
					"the " + format + " header declares " + header.width() + "x" + header.height());
		}
		return header;
	}

	/**
	 * Whether the image data is all there, as far as can be told without decoding: a JPEG
	 * must end its first scan with an end-of-image marker; a PNG is left to its decoder.
	 */
	public static boolean isComplete(byte[] bytes, ImageHeader header) {
		return header.format() != ImageFormat.JPEG || JpegHeader.isComplete(bytes);
	}

}
