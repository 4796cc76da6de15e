package com.happinessscouter.images.internal;

import com.happinessscouter.images.ImageFormat;
import com.happinessscouter.images.ImageHeader;
import com.happinessscouter.images.ImageRejectedException;
import com.happinessscouter.images.ImageRejectedException.Reason;

import static com.happinessscouter.images.internal.Bytes.u32;

/**
 * Reads a PNG's IHDR chunk (the size) and, among the chunks before the image data, an
 * eXIf chunk (the orientation). Chunks are skipped by their declared length, so a huge
 * text or ICC chunk costs nothing.
 */
final class PngHeader {

	/** Signature (8), then IHDR: length (4), type (4), width (4), height (4). */
	private static final int IHDR_END = 24;

	private PngHeader() {
	}

	static ImageHeader read(byte[] bytes) throws ImageRejectedException {
		if (bytes.length < IHDR_END) {
			throw new ImageRejectedException(Reason.TRUNCATED, "the PNG ends before its header");
		}
		if (!Bytes.startsWith(bytes, 12, "IHDR")) {
			throw new ImageRejectedException(Reason.CORRUPT, "the PNG does not start with its header");
		}
		long width = u32(bytes, 16, false);
		long height = u32(bytes, 20, false);
		if (width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
			throw new ImageRejectedException(Reason.CORRUPT, "the PNG header declares " + width + "x" + height);
		}
		return new ImageHeader(ImageFormat.PNG, (int) width, (int) height, orientation(bytes), false);
	}

	/** The orientation of an eXIf chunk before the image data, else 1. */
	private static int orientation(byte[] bytes) {
		long pos = 8;
		while (pos + 8 <= bytes.length) {
			int at = (int) pos;
			long data = pos + 8;
			long end = data + u32(bytes, at, false);
			if (Bytes.startsWith(bytes, at + 4, "IDAT") || Bytes.startsWith(bytes, at + 4, "IEND")
					|| end > bytes.length) {
				return ExifOrientation.UPRIGHT;
			}
			if (Bytes.startsWith(bytes, at + 4, "eXIf")) {
				return ExifOrientation.ofTiff(bytes, (int) data, (int) end);
			}
			pos = end + 4;
		}
		return ExifOrientation.UPRIGHT;
	}

}
