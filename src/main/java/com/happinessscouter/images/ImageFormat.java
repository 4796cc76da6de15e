package com.happinessscouter.images;

import java.util.Arrays;
import java.util.Optional;

/** The image formats the bot reads, told apart by their first bytes, never by a name. */
public enum ImageFormat {

	JPEG("jpg", "image/jpeg"), PNG("png", "image/png");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private final String extension;

	private final String mimeType;

	ImageFormat(String extension, String mimeType) {
		this.extension = extension;
		this.mimeType = mimeType;
	}

	/** The file name extension, without the dot. */
	public String extension() {
		return this.extension;
	}

	public String mimeType() {
		return this.mimeType;
	}

	/**
	 * The format from the signature alone.
	 * @param bytes the encoded image, may be {@code null}
	 * @return the format, or empty when the bytes are neither JPEG nor PNG
	 */
	public static Optional<ImageFormat> sniff(byte[] bytes) {
		if (bytes == null) {
			return Optional.empty();
		}
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (bytes.length >= PNG_SIGNATURE.length
				&& Arrays.equals(bytes, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
			return Optional.of(PNG);
		}
		return Optional.empty();
	}

}
