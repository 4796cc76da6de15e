package com.happinessscouter.scoring.offline;

/**
 * Reads the EXIF orientation (tag 0x0112 of IFD0, 1-8) from the APP1 segment of a JPEG or
 * the eXIf chunk of a PNG. Returns 1 (upright) when absent or unreadable: never throws.
 */
final class ExifOrientation {

	static final int UPRIGHT = 1;

	private static final int ORIENTATION_TAG = 0x0112;

	private ExifOrientation() {
	}

	static int read(byte[] bytes) {
		try {
			int tiff = ImageFormat.of(bytes) == ImageFormat.JPEG ? jpegTiffOffset(bytes) : pngTiffOffset(bytes);
			return (tiff < 0) ? UPRIGHT : fromTiff(bytes, tiff);
		}
		catch (IndexOutOfBoundsException ex) {
			return UPRIGHT;
		}
	}

	/** Offset of the TIFF header in the "Exif\0\0" APP1 segment, or -1. */
	private static int jpegTiffOffset(byte[] b) {
		int pos = 2;
		while (pos + 4 <= b.length && (b[pos] & 0xFF) == 0xFF) {
			int marker = b[pos + 1] & 0xFF;
			if (marker == 0xDA || marker == 0xD9) {
				return -1;
			}
			int length = u16(b, pos + 2, true);
			boolean exif = marker == 0xE1 && length >= 8 && b[pos + 4] == 'E' && b[pos + 5] == 'x' && b[pos + 6] == 'i'
					&& b[pos + 7] == 'f' && b[pos + 8] == 0 && b[pos + 9] == 0;
			if (exif) {
				return pos + 10;
			}
			pos += 2 + length;
		}
		return -1;
	}

	/** Offset of the data of the eXIf chunk, or -1. */
	private static int pngTiffOffset(byte[] b) {
		int pos = 8;
		while (pos + 8 <= b.length) {
			long length = u32(b, pos, true);
			boolean exif = b[pos + 4] == 'e' && b[pos + 5] == 'X' && b[pos + 6] == 'I' && b[pos + 7] == 'f';
			boolean data = b[pos + 4] == 'I' && b[pos + 5] == 'D' && b[pos + 6] == 'A' && b[pos + 7] == 'T';
			if (exif) {
				return pos + 8;
			}
			if (data || length > b.length) {
				return -1;
			}
			pos += 12 + (int) length;
		}
		return -1;
	}

	private static int fromTiff(byte[] b, int tiff) {
		boolean bigEndian = b[tiff] == 'M' && b[tiff + 1] == 'M';
		if (!bigEndian && !(b[tiff] == 'I' && b[tiff + 1] == 'I')) {
			return UPRIGHT;
		}
		long ifd = tiff + u32(b, tiff + 4, bigEndian);
		int entries = u16(b, (int) ifd, bigEndian);
		for (int i = 0; i < entries; i++) {
			int entry = (int) ifd + 2 + i * 12;
			if (u16(b, entry, bigEndian) == ORIENTATION_TAG) {
				int value = u16(b, entry + 8, bigEndian);
				return (value >= 1 && value <= 8) ? value : UPRIGHT;
			}
		}
		return UPRIGHT;
	}

	private static int u16(byte[] b, int pos, boolean bigEndian) {
		int hi = b[bigEndian ? pos : pos + 1] & 0xFF;
		int lo = b[bigEndian ? pos + 1 : pos] & 0xFF;
		return (hi << 8) | lo;
	}

	private static long u32(byte[] b, int pos, boolean bigEndian) {
		long high = u16(b, bigEndian ? pos : pos + 2, bigEndian);
		long low = u16(b, bigEndian ? pos + 2 : pos, bigEndian);
		return (high << 16) | low;
	}

}
