package com.happinessscouter.scoring.offline;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;

/**
 * Converts decoded images to {@link RgbImage}: fast paths for the usual 8-bit BGR and
 * grey rasters, the colour model for anything else; transparency is composited on white.
 */
final class Rasters {

	private Rasters() {
	}

	/**
	 * The pixels of {@code image} as RGB. An 8-bit BGR image's own pixel array is reused:
	 * do not use {@code image} afterwards.
	 */
	static RgbImage toRgb(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_3BYTE_BGR && isPacked(image.getRaster(), 3)) {
			return fromBgr(image);
		}
		if (image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
			return fromGrey(image);
		}
		return fromArgb(image);
	}

	private static boolean isPacked(Raster raster, int bands) {
		return raster.getSampleModel() instanceof ComponentSampleModel model && model.getPixelStride() == bands
				&& model.getScanlineStride() == raster.getWidth() * bands && raster.getSampleModelTranslateX() == 0
				&& raster.getSampleModelTranslateY() == 0 && raster.getDataBuffer().getNumBanks() == 1
				&& raster.getDataBuffer().getOffset() == 0
				&& raster.getDataBuffer().getSize() == raster.getWidth() * raster.getHeight() * bands;
	}

	/**
	 * Reorders the decoded pixels to RGB in place and wraps them: a photo's pixels are
	 * megabytes, and the decoder's image is not used again.
	 */
	private static RgbImage fromBgr(BufferedImage image) {
		byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
		int[] offsets = ((ComponentSampleModel) image.getRaster().getSampleModel()).getBandOffsets();
		for (int i = 0; i < pixels.length; i += 3) {
			byte red = pixels[i + offsets[0]];
			byte green = pixels[i + offsets[1]];
			byte blue = pixels[i + offsets[2]];
			pixels[i] = red;
			pixels[i + 1] = green;
			pixels[i + 2] = blue;
		}
		return new RgbImage(image.getWidth(), image.getHeight(), pixels);
	}

	/**
	 * Grey (and grey with alpha), read from the raster: its colour space is linear in
	 * Java.
	 */
	private static RgbImage fromGrey(BufferedImage image) {
		Raster raster = image.getRaster();
		int width = image.getWidth();
		boolean alpha = raster.getNumBands() > 1;
		int max = (1 << raster.getSampleModel().getSampleSize(0)) - 1;
		int[] grey = new int[width];
		int[] opacity = new int[width];
		RgbImage out = new RgbImage(width, image.getHeight());
		for (int y = 0; y < image.getHeight(); y++) {
			raster.getSamples(0, y, width, 1, 0, grey);
			if (alpha) {
				raster.getSamples(0, y, width, 1, 1, opacity);
			}
			for (int x = 0; x < width; x++) {
				int g = grey[x] * 255 / max;
				int a = alpha ? opacity[x] * 255 / max : 255;
				byte value = (byte) onWhite(g, a);
				int o = (y * width + x) * 3;
				out.rgb[o] = value;
				out.rgb[o + 1] = value;
				out.rgb[o + 2] = value;
			}
		}
		return out;
	}

	private static RgbImage fromArgb(BufferedImage image) {
		int width = image.getWidth();
		int[] row = new int[width];
		RgbImage out = new RgbImage(width, image.getHeight());
		for (int y = 0; y < image.getHeight(); y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			for (int x = 0; x < width; x++) {
				int argb = row[x];
				int a = argb >>> 24;
				int o = (y * width + x) * 3;
				out.rgb[o] = (byte) onWhite((argb >> 16) & 0xFF, a);
				out.rgb[o + 1] = (byte) onWhite((argb >> 8) & 0xFF, a);
				out.rgb[o + 2] = (byte) onWhite(argb & 0xFF, a);
			}
		}
		return out;
	}

	/** A channel value with opacity {@code alpha} (0-255) over white. */
	private static int onWhite(int value, int alpha) {
		return (value * alpha + 255 * (255 - alpha) + 127) / 255;
	}

}
