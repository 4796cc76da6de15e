package com.happinessscouter.scoring.rekognition;

import java.util.Arrays;
import java.util.Optional;

import com.happinessscouter.scoring.rekognition.ImageHeader.ImageFormat;

/**
 * Reads width, height and EXIF orientation from the header of a JPEG (SOFn segment, APP1
 * Exif IFD0 tag 0x0112) or a PNG (IHDR chunk) without decoding the image. Never throws:
 * anything it cannot make sense of is {@link Optional#empty()}.
 */
final class ImageHeaderReader {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final int EXIF_ORIENTATION_TAG = 0x0112;

	private ImageHeaderReader() {
	}

	/** The format from the signature alone, or empty when neither JPEG nor PNG. */
	static Optional<ImageFormat> format(byte[] bytes) {
		if (bytes == null) {
			return Optional.empty();
		}
		if (bytes.length >= 3 && u8(bytes, 0) == 0xFF && u8(bytes, 1) == 0xD8 && u8(bytes, 2) == 0xFF) {
			return Optional.of(ImageFormat.JPEG);
		}
		if (bytes.length >= PNG_SIGNATURE.length
				&& Arrays.equals(bytes, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
			return Optional.of(ImageFormat.PNG);
		}
		return Optional.empty();
	}

	static Optional<ImageHeader> read(byte[] bytes) {
		Optional<ImageHeader> header = format(bytes).flatMap((format) -> switch (format) {
			case PNG -> readPng(bytes);
			case JPEG -> readJpeg(bytes);
		});
		return header.filter((h) -> h.width() > 0 && h.height() > 0);
	}

	private static Optional<ImageHeader> readPng(byte[] bytes) {
		boolean ihdr = bytes.length >= 24 && bytes[12] == 'I' && bytes[13] == 'H' && bytes[14] == 'D'
				&& bytes[15] == 'R';
		if (!ihdr) {
			return Optional.empty();
		}
		long width = u32(bytes, 16, false);
		long height = u32(bytes, 20, false);
		if (width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
			return Optional.empty();
		}
		return Optional.of(new ImageHeader(ImageFormat.PNG, (int) width, (int) height, 1));
	}

	private static Optional<ImageHeader> readJpeg(byte[] bytes) {
		int orientation = 1;
		int pos = 2;
		while (pos + 4 <= bytes.length) {
			int marker = u8(bytes, pos + 1);
			if (u8(bytes, pos) != 0xFF) {
				return Optional.empty();
			}
			if (marker == 0xFF || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
				pos += (marker == 0xFF) ? 1 : 2;
				continue;
			}
			if (marker == 0xD9 || marker == 0xDA) {
				return Optional.empty();
			}
			int length = u16(bytes, pos + 2, false);
			int data = pos + 4;
			if (isStartOfFrame(marker)) {
				return (data + 5 <= bytes.length) ? Optional.of(new ImageHeader(ImageFormat.JPEG,
						u16(bytes, data + 3, false), u16(bytes, data + 1, false), orientation)) : Optional.empty();
			}
			if (marker == 0xE1 && orientation == 1) {
				orientation = exifOrientation(bytes, data, Math.min(bytes.length, pos + 2 + length));
			}
			pos += 2 + length;
		}
		return Optional.empty();
	}

	private static boolean isStartOfFrame(int marker) {
		return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
	}

	/**
	 * The orientation tag of IFD0 in an APP1 "Exif" segment spanning [start, end), else
	 * 1.
	 */
	private static int exifOrientation(byte[] bytes, int start, int end) {
		int tiff = start + 6;
		boolean exif = tiff + 8 <= end && bytes[start] == 'E' && bytes[start + 1] == 'x' && bytes[start + 2] == 'i'
				&& bytes[start + 3] == 'f' && bytes[start + 4] == 0 && bytes[start + 5] == 0;
		if (!exif || (bytes[tiff] != bytes[tiff + 1]) || (bytes[tiff] != 'I' && bytes[tiff] != 'M')) {
			return 1;
		}
		boolean little = bytes[tiff] == 'I';
		long ifd = tiff + u32(bytes, tiff + 4, little);
		if (ifd + 2 > end) {
			return 1;
		}
		int entries = u16(bytes, (int) ifd, little);
		for (int i = 0; i < entries && ifd + 2 + 12L * (i + 1) <= end; i++) {
			int entry = (int) ifd + 2 + 12 * i;
			if (u16(bytes, entry, little) == EXIF_ORIENTATION_TAG) {
				int value = u16(bytes, entry + 8, little);
				return (value >= 1 && value <= 8) ? value : 1;
			}
		}
		return 1;
	}

	private static int u8(byte[] bytes, int at) {
		return bytes[at] & 0xFF;
	}

	private static int u16(byte[] bytes, int at, boolean little) {
		return little ? (u8(bytes, at + 1) << 8) | u8(bytes, at) : (u8(bytes, at) << 8) | u8(bytes, at + 1);
	}

	private static long u32(byte[] bytes, int at, boolean little) {
		long high = u16(bytes, little ? at + 2 : at, little);
		long low = u16(bytes, little ? at : at + 2, little);
		return (high << 16) | low;
	}

}
