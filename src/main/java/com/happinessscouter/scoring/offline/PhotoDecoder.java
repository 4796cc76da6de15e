package com.happinessscouter.scoring.offline;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.happinessscouter.scoring.FailureReason;

/**
 * Decodes a JPEG or PNG into an upright {@link RgbImage}: checks the size in the header
 * before decoding (decompression bombs, tiny images), reduces very large images while
 * decoding (every n-th pixel, so no full-resolution buffer is needed), applies the EXIF
 * orientation and composites transparency on white. CMYK and YCCK JPEGs need the
 * TwelveMonkeys JPEG plugin. Thread-safe: a new reader per call.
 */
final class PhotoDecoder {

	/** Images smaller than this on either side are refused. */
	static final int MIN_SIDE = 80;

	/** Images larger than this many pixels are reduced while decoding. */
	static final long MAX_DECODED_PIXELS = 4_200_000L;

	private static final String TWELVEMONKEYS_PACKAGE = "com.twelvemonkeys.";

	private final long maxPixels;

	PhotoDecoder(long maxPixels) {
		this.maxPixels = maxPixels;
		if (!hasTwelveMonkeysJpegReader()) {
			ImageIO.scanForPlugins();
		}
	}

	DecodedPhoto decode(byte[] bytes) throws PhotoRejectedException {
		ImageFormat format = ImageFormat.of(bytes);
		if (format == ImageFormat.UNKNOWN) {
			throw unreadable("Neither a JPEG nor a PNG");
		}
		if (format == ImageFormat.JPEG && !ImageFormat.jpegIsComplete(bytes)) {
			throw unreadable("JPEG without an end of image: truncated");
		}
		int orientation = ExifOrientation.read(bytes);
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			ImageReader reader = readerFor(format);
			try {
				reader.setInput(in, true, true);
				return read(reader, orientation);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			throw unreadable("Cannot decode the " + format + ": " + ex);
		}
	}

	private DecodedPhoto read(ImageReader reader, int orientation) throws IOException, PhotoRejectedException {
		int width = reader.getWidth(0);
		int height = reader.getHeight(0);
		if ((long) width * height > this.maxPixels) {
			throw new PhotoRejectedException(FailureReason.IMAGE_TOO_LARGE,
					width + "x" + height + " is over " + this.maxPixels + " pixels");
		}
		if (Math.min(width, height) < MIN_SIDE) {
			throw new PhotoRejectedException(FailureReason.IMAGE_TOO_SMALL,
					width + "x" + height + " is under " + MIN_SIDE + " px on a side");
		}
		int subsampling = subsampling(width, height);
		ImageReadParam param = reader.getDefaultReadParam();
		param.setSourceSubsampling(subsampling, subsampling, 0, 0);
		BufferedImage decoded = reader.read(0, param);
		RgbImage upright = Rasters.toRgb(decoded).oriented(orientation);
		boolean transposed = orientation >= 5;
		return new DecodedPhoto(upright, transposed ? height : width, transposed ? width : height, subsampling);
	}

	/**
	 * The smallest factor that brings the decoded image under
	 * {@link #MAX_DECODED_PIXELS}.
	 */
	static int subsampling(int width, int height) {
		int factor = 1;
		while (Math.ceilDiv(width, factor) * (long) Math.ceilDiv(height, factor) > MAX_DECODED_PIXELS) {
			factor++;
		}
		return factor;
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

	private static PhotoRejectedException unreadable(String detail) {
		return new PhotoRejectedException(FailureReason.UNREADABLE_IMAGE, detail);
	}

}
