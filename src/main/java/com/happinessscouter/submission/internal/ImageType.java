package com.happinessscouter.submission.internal;

/** The image formats the bot scores, told apart by their first bytes, never by a name. */
public enum ImageType {

	JPEG("jpg", "image/jpeg"), PNG("png", "image/png");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private final String extension;

	private final String mimeType;

	ImageType(String extension, String mimeType) {
		this.extension = extension;
		this.mimeType = mimeType;
	}

	public String extension() {
		return this.extension;
	}

	public String mimeType() {
		return this.mimeType;
	}

	/**
	 * @return the type, or {@code null} when the bytes are neither JPEG nor PNG
	 */
	public static ImageType detect(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
			return JPEG;
		}
		if (bytes.length >= PNG_SIGNATURE.length
				&& java.util.Arrays.equals(bytes, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
			return PNG;
		}
		return null;
	}

}
