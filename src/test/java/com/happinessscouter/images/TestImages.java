package com.happinessscouter.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import com.happinessscouter.support.PhotoCopies;

/**
 * Images made in the test: minimal JPEG and PNG headers (enough for a header reader, not
 * decodable), real ones written by ImageIO, and hostile variants of them (a frame header
 * patched to a huge size, huge segments and chunks, EXIF orientations).
 */
public final class TestImages {

	private TestImages() {
	}

	public static byte[] png(int width, int height) {
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
	public static byte[] jpeg(int width, int height, int orientation, boolean littleEndian, int sofMarker) {
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

	public static byte[] jpeg(int width, int height) {
		return jpeg(width, height, 0, false, 0xC0);
	}

	/** A real JPEG of the image (quality 0.9), baseline or progressive. */
	public static byte[] encodedJpeg(BufferedImage image, boolean progressive) {
		return PhotoCopies.jpeg(image, 0.9f, progressive);
	}

	/** A real PNG of the image. */
	public static byte[] encodedPng(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, "png", out)) {
				throw new IllegalStateException("no PNG writer");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A small real progressive JPEG whose frame header is patched to declare
	 * {@code width x height}: a decompression bomb of a few kilobytes.
	 */
	public static byte[] progressiveBomb(int width, int height) {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR);
		image.getGraphics().fillOval(8, 8, 30, 30);
		return withFrameSize(encodedJpeg(image, true), width, height);
	}

	/** The JPEG with its first frame header (SOFn) patched to declare another size. */
	public static byte[] withFrameSize(byte[] jpeg, int width, int height) {
		byte[] copy = jpeg.clone();
		int pos = 2;
		while ((copy[pos + 1] & 0xFF) < 0xC0 || (copy[pos + 1] & 0xFF) > 0xC2) {
			pos += 2 + (((copy[pos + 2] & 0xFF) << 8) | (copy[pos + 3] & 0xFF));
		}
		copy[pos + 5] = (byte) (height >> 8);
		copy[pos + 6] = (byte) height;
		copy[pos + 7] = (byte) (width >> 8);
		copy[pos + 8] = (byte) width;
		return copy;
	}

	/**
	 * The JPEG with {@code count} segments of {@code size} bytes (at most 65533) first.
	 */
	public static byte[] withSegments(byte[] jpeg, int marker, int count, int size) {
		byte[] data = new byte[size];
		for (int i = 0; i < size; i++) {
			data[i] = (byte) (i * 7 + 3);
		}
		return withSegment(jpeg, marker, data, count);
	}

	/** The JPEG with an APP1 Exif segment holding this orientation (big-endian) first. */
	public static byte[] withOrientation(byte[] jpeg, int orientation) {
		return withSegment(jpeg, 0xE1, exif(orientation, false), 1);
	}

	private static byte[] withSegment(byte[] jpeg, int marker, byte[] data, int count) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		for (int i = 0; i < count; i++) {
			segment(out, marker, data);
		}
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/** The PNG with a chunk (a correct CRC) right after its IHDR chunk. */
	public static byte[] withChunk(byte[] png, String type, byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, 33);
		int32(out, data.length, false);
		CRC32 crc = new CRC32();
		crc.update(type.getBytes());
		crc.update(data);
		out.writeBytes(type.getBytes());
		out.writeBytes(data);
		int32(out, (int) crc.getValue(), false);
		out.write(png, 33, png.length - 33);
		return out.toByteArray();
	}

	private static byte[] exif(int orientation, boolean littleEndian) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { 'E', 'x', 'i', 'f', 0, 0 });
		out.writeBytes(tiff(orientation, littleEndian));
		return out.toByteArray();
	}

	/** A TIFF structure whose IFD0 holds this orientation, as in a PNG's eXIf chunk. */
	public static byte[] tiff(int orientation, boolean littleEndian) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
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
