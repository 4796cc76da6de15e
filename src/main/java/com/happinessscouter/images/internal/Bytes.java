package com.happinessscouter.images.internal;

/** Unsigned reads from a byte array; the caller checks the bounds. */
final class Bytes {

	private Bytes() {
	}

	static int u8(byte[] bytes, int at) {
		return bytes[at] & 0xFF;
	}

	static int u16(byte[] bytes, int at, boolean little) {
		return little ? (u8(bytes, at + 1) << 8) | u8(bytes, at) : (u8(bytes, at) << 8) | u8(bytes, at + 1);
	}

	static long u32(byte[] bytes, int at, boolean little) {
		long high = u16(bytes, little ? at + 2 : at, little);
		long low = u16(bytes, little ? at : at + 2, little);
		return (high << 16) | low;
	}

	/** Whether {@code bytes} holds {@code ascii} at {@code at} (false past the end). */
	static boolean startsWith(byte[] bytes, int at, String ascii) {
		if (at < 0 || at + ascii.length() > bytes.length) {
			return false;
		}
		for (int i = 0; i < ascii.length(); i++) {
			if (bytes[at + i] != (byte) ascii.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
