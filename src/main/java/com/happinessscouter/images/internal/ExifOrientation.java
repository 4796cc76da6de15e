package com.happinessscouter.images.internal;

import static com.happinessscouter.images.internal.Bytes.u16;
import static com.happinessscouter.images.internal.Bytes.u32;

/**
 * The orientation tag (0x0112) of IFD0 in a TIFF structure, as EXIF stores it: in a
 * JPEG's APP1 "Exif" segment or a PNG's eXIf chunk. Reads only within the bounds it is
 * given and never throws: anything it cannot make sense of is 1 (upright).
 */
final class ExifOrientation {

	static final int UPRIGHT = 1;

	private static final int ORIENTATION_TAG = 0x0112;

	private ExifOrientation() {
	}

	/** The orientation in an APP1 segment's data [start, end), if it is "Exif\0\0". */
	static int ofApp1(byte[] bytes, int start, int end) {
		boolean exif = start + 6 <= end && Bytes.startsWith(bytes, start, "Exif") && bytes[start + 4] == 0
				&& bytes[start + 5] == 0;
		return exif ? ofTiff(bytes, start + 6, end) : UPRIGHT;
	}

	/** The orientation in a TIFF structure spanning [tiff, end). */
	static int ofTiff(byte[] bytes, int tiff, int end) {
		if (tiff + 8 > end || bytes[tiff] != bytes[tiff + 1] || (bytes[tiff] != 'I' && bytes[tiff] != 'M')) {
			return UPRIGHT;
		}
		boolean little = bytes[tiff] == 'I';
		long ifd = tiff + u32(bytes, tiff + 4, little);
		if (ifd + 2 > end) {
			return UPRIGHT;
		}
		int entries = u16(bytes, (int) ifd, little);
		for (int i = 0; i < entries && ifd + 2 + 12L * (i + 1) <= end; i++) {
			int entry = (int) ifd + 2 + 12 * i;
			if (u16(bytes, entry, little) == ORIENTATION_TAG) {
				int value = u16(bytes, entry + 8, little);
				return (value >= 1 && value <= 8) ? value : UPRIGHT;
			}
		}
		return UPRIGHT;
	}

}
