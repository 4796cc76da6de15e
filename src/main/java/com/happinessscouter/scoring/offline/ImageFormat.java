package com.happinessscouter.scoring.offline;

/** The image formats the offline analyzer reads, recognised by their first bytes. */
enum ImageFormat {

	JPEG, PNG, UNKNOWN;

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	static ImageFormat of(byte[] bytes) {
		if (bytes == null) {
			return UNKNOWN;
		}
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return JPEG;
		}
		if (bytes.length >= PNG_SIGNATURE.length) {
			for (int i = 0; i < PNG_SIGNATURE.length; i++) {
				if (bytes[i] != PNG_SIGNATURE[i]) {
					return UNKNOWN;
				}
			}
			return PNG;
		}
		return UNKNOWN;
	}

	/**
	 * Whether a JPEG holds an end-of-image marker after its first start-of-scan: a JPEG
	 * cut short does not (entropy-coded data never holds 0xFFD9, and an EXIF thumbnail's
	 * end marker comes before the main image's first scan).
	 */
	static boolean jpegIsComplete(byte[] b) {
		int scan = -1;
		int pos = 2;
		while (pos + 4 <= b.length && (b[pos] & 0xFF) == 0xFF) {
			int marker = b[pos + 1] & 0xFF;
			if (marker == 0xFF) {
				pos++;
				continue;
			}
			if (marker == 0xDA) {
				scan = pos;
				break;
			}
			pos += 2 + (((b[pos + 2] & 0xFF) << 8) | (b[pos + 3] & 0xFF));
		}
		if (scan < 0) {
			return false;
		}
		for (int i = b.length - 2; i > scan; i--) {
			if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) {
				return true;
			}
		}
		return false;
	}

}
