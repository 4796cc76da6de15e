package com.happinessscouter.images.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.happinessscouter.images.ImageFormat;
import com.happinessscouter.images.ImageHeader;
import com.happinessscouter.images.ImageRejectedException;
import com.happinessscouter.images.ImageRejectedException.Reason;

/**
 * Decodes with ImageIO, every n-th row and column only, after checking that the reader
 * sees the size the header declared. Prefers the TwelveMonkeys JPEG reader (CMYK and YCCK
 * JPEGs). Thread-safe: a new reader per call.
 */
public final class Decoder {

	private static final String TWELVEMONKEYS_PACKAGE = "com.twelvemonkeys.";

	static {
		if (!hasTwelveMonkeysJpegReader()) {
			ImageIO.scanForPlugins();
		}
	}

	private Decoder() {
	}

	public static BufferedImage read(byte[] bytes, ImageHeader header, int subsampling) throws ImageRejectedException {
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			ImageReader reader = readerFor(header.format());
			try {
				reader.setInput(in, true, true);
				if (reader.getWidth(0) != header.width() || reader.getHeight(0) != header.height()) {
					throw new ImageRejectedException(Reason.CORRUPT, "the decoder reads " + reader.getWidth(0) + "x"
							+ reader.getHeight(0) + ", the header says " + header.width() + "x" + header.height());
				}
				ImageReadParam param = reader.getDefaultReadParam();
				param.setSourceSubsampling(subsampling, subsampling, 0, 0);
				return reader.read(0, param);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			Reason reason = endedEarly(ex) ? Reason.TRUNCATED : Reason.CORRUPT;
			throw new ImageRejectedException(reason, "cannot decode the " + header.format() + ": " + ex);
		}
	}

	private static boolean endedEarly(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof EOFException) {
				return true;
			}
		}
		return false;
	}

	private static ImageReader readerFor(ImageFormat format) throws IOException {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.name().toLowerCase());
		ImageReader chosen = null;
		while (readers.hasNext()) {
			ImageReader reader = readers.next();
			if (chosen == null || reader.getClass().getName().startsWith(TWELVEMONKEYS_PACKAGE)) {
				if (chosen != null) {
					chosen.dispose();
				}
				chosen = reader;
			}
			else {
				reader.dispose();
			}
		}
		if (chosen == null) {
			throw new IOException("No ImageIO reader for " + format);
		}
		return chosen;
	}

	private static boolean hasTwelveMonkeysJpegReader() {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
		while (readers.hasNext()) {
			if (readers.next().getClass().getName().startsWith(TWELVEMONKEYS_PACKAGE)) {
				return true;
			}
		}
		return false;
	}

}
