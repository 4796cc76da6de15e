package com.happinessscouter.scoring.rekognition;

import java.io.ByteArrayOutputStream;

/** Minimal JPEG and PNG headers: enough for {@link ImageHeaderReader}, not decodable. */
final class TestImages {

	private TestImages() {
	}

	static byte[] png(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		int32(out, 13, false);
		out.writeBytes("IHDR".getBytes());
		int32(out, width, false);
		int32(out, height, false);
		out.writeBytes(new byte[] { 8, 2, 0, 0, 0 });
		int32(out, 0, false);
		return out.toByteArray();
	}

	/** A JPEG with an APP0 JFIF segment, an Exif orientation (when 1-8), SOFn and SOS. */
	static byte[] jpeg(int width, int height, int orientation, boolean littleEndian, int sofMarker) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD8 });
		segment(out, 0xE0, new byte[] { 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0 });
		if (orientation >= 1 && orientation <= 8) {
			segment(out, 0xE1, exif(orientation, littleEndian));
		}
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFF });
		ByteArrayOutputStream sof = new ByteArrayOutputStream();
		sof.write(8);
		int16(sof, height, false);
		int16(sof, width, false);
		sof.writeBytes(new byte[] { 1, 1, 0x11, 0 });
		segment(out, sofMarker, sof.toByteArray());
		segment(out, 0xDA, new byte[] { 1, 1, 0, 0, 0x3F, 0 });
		return out.toByteArray();
	}

	static byte[] jpeg(int width, int height) {
		return jpeg(width, height, 0, false, 0xC0);
	}

	private static byte[] exif(int orientation, boolean littleEndian) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { 'E', 'x', 'i', 'f', 0, 0 });
		out.writeBytes(littleEndian ? new byte[] { 'I', 'I' } : new byte[] { 'M', 'M' });
		int16(out, 42, littleEndian);
		int32(out, 8, littleEndian);
		int16(out, 2, littleEndian);
		ifdEntry(out, 0x010F, 2, 0, littleEndian);
		ifdEntry(out, 0x0112, 3, orientation, littleEndian);
		int32(out, 0, littleEndian);
		return out.toByteArray();
	}

	private static void ifdEntry(ByteArrayOutputStream out, int tag, int type, int value, boolean little) {
		int16(out, tag, little);
		int16(out, type, little);
		int32(out, 1, little);
		int16(out, value, little);
		int16(out, 0, little);
	}

	private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
		out.write(0xFF);
		out.write(marker);
		int16(out, data.length + 2, false);
		out.writeBytes(data);
	}

	private static void int16(ByteArrayOutputStream out, int value, boolean little) {
		if (little) {
			out.write(value & 0xFF);
			out.write((value >> 8) & 0xFF);
		}
		else {
			out.write((value >> 8) & 0xFF);
			out.write(value & 0xFF);
		}
	}

	private static void int32(ByteArrayOutputStream out, int value, boolean little) {
		int16(out, little ? value & 0xFFFF : value >>> 16, little);
		int16(out, little ? value >>> 16 : value & 0xFFFF, little);
	}

}
