package com.happinessscouter.submission.internal;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.Raster;
import java.util.Arrays;
import java.util.Objects;

import com.happinessscouter.images.ImageRejectedException;
import com.happinessscouter.images.Images;

/**
 * A 64-bit DCT perceptual hash (pHash): the image's luminance, area-averaged to 32x32,
 * through a 2-D DCT-II; each of the 8x8 lowest frequencies gives one bit, set when the
 * coefficient is above the median of the 63 non-DC ones (row-major, most significant bit
 * first). A re-encoded, resized or slightly retouched copy lands within a few bits;
 * different photos are typically half the bits apart. The image is decoded upright and
 * reduced through {@link Images}, within its pixel budget.
 */
final class PerceptualHash {

	/** How many 16-bit blocks a hash splits into for multi-index lookup. */
	static final int BLOCKS = 4;

	private static final int SIZE = 32;

	private static final int LOW = 8;

	/**
	 * Decoding skips rows and columns to keep the short side at most this many pixels
	 * (and above half of it): cheap for a 12-megapixel photo, yet fine enough that the
	 * skipping does not alias into the low frequencies.
	 */
	private static final int DECODE_SIDE = 256;

	/** DCT-II basis, orthonormal: {@code COS[u][x]} for the LOW lowest frequencies. */
	private static final double[][] COS = basis();

	private PerceptualHash() {
	}

	/**
	 * The hash of a JPEG or PNG image.
	 * @param image the encoded image
	 * @param images the decoder
	 * @return the 64-bit perceptual hash
	 * @throws ImageRejectedException if it cannot be decoded, or is over the pixel budget
	 */
	static long of(byte[] image, Images images) throws ImageRejectedException {
		double[][] pixels = shrink(luminance(images.decode(image, DECODE_SIDE).image()));
		double[][] dct = dct(pixels);
		double[] ac = new double[LOW * LOW - 1];
		for (int i = 1; i < LOW * LOW; i++) {
			ac[i - 1] = dct[i / LOW][i % LOW];
		}
		Arrays.sort(ac);
		double median = ac[ac.length / 2];
		long hash = 0;
		for (int i = 0; i < LOW * LOW; i++) {
			hash = (hash << 1) | ((dct[i / LOW][i % LOW] > median) ? 1 : 0);
		}
		return hash;
	}

	/** How many bits two hashes differ in. */
	static int distance(long a, long b) {
		return Long.bitCount(a ^ b);
	}

	/**
	 * One 16-bit block of a hash, 0 being the most significant. Two hashes within
	 * distance {@code BLOCKS - 1} share at least one block exactly.
	 */
	static int block(long hash, int index) {
		Objects.checkIndex(index, BLOCKS);
		return (int) ((hash >>> (16 * (BLOCKS - 1 - index))) & 0xFFFF);
	}

	/**
	 * Rec. 601 luma, transparent pixels composed over white: {@code [y][x]}. Grey images
	 * are read as stored: their colour space is linear, so {@code getRGB} would brighten
	 * them.
	 */
	private static double[][] luminance(BufferedImage image) {
		ColorModel model = image.getColorModel();
		if (model instanceof ComponentColorModel && model.getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
			return grey(image.getRaster(), model);
		}
		int width = image.getWidth();
		double[][] luma = new double[image.getHeight()][width];
		int[] row = new int[width];
		for (int y = 0; y < luma.length; y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			for (int x = 0; x < width; x++) {
				int argb = row[x];
				double value = 0.299 * ((argb >> 16) & 0xFF) + 0.587 * ((argb >> 8) & 0xFF) + 0.114 * (argb & 0xFF);
				luma[y][x] = over((argb >>> 24) / 255.0, value);
			}
		}
		return luma;
	}

	private static double[][] grey(Raster raster, ColorModel model) {
		double white = (1 << model.getComponentSize(0)) - 1;
		double opaque = model.hasAlpha() ? (1 << model.getComponentSize(1)) - 1 : 0;
		double[][] luma = new double[raster.getHeight()][raster.getWidth()];
		for (int y = 0; y < luma.length; y++) {
			for (int x = 0; x < luma[y].length; x++) {
				double alpha = model.hasAlpha() ? raster.getSample(x, y, 1) / opaque : 1;
				luma[y][x] = over(alpha, raster.getSample(x, y, 0) * 255 / white);
			}
		}
		return luma;
	}

	/** A luma value composed over white. */
	private static double over(double alpha, double value) {
		return alpha * value + (1 - alpha) * 255;
	}

	/** Area-averages {@code [y][x]} to SIZE x SIZE, one axis at a time. */
	private static double[][] shrink(double[][] pixels) {
		return transpose(shrinkRows(transpose(shrinkRows(pixels))));
	}

	private static double[][] shrinkRows(double[][] rows) {
		double[][] out = new double[rows.length][SIZE];
		for (int r = 0; r < rows.length; r++) {
			double[] row = rows[r];
			double scale = (double) row.length / SIZE;
			for (int i = 0; i < SIZE; i++) {
				double start = i * scale;
				double end = (i + 1) * scale;
				double sum = 0;
				for (int k = (int) start; k < row.length && k < end; k++) {
					sum += row[k] * (Math.min(end, k + 1) - Math.max(start, k));
				}
				out[r][i] = sum / scale;
			}
		}
		return out;
	}

	private static double[][] transpose(double[][] matrix) {
		double[][] out = new double[matrix[0].length][matrix.length];
		for (int i = 0; i < matrix.length; i++) {
			for (int j = 0; j < matrix[i].length; j++) {
				out[j][i] = matrix[i][j];
			}
		}
		return out;
	}

	/** The LOW x LOW lowest frequencies of the 2-D DCT-II of a SIZE x SIZE block. */
	private static double[][] dct(double[][] pixels) {
		double[][] columns = new double[LOW][SIZE];
		for (int u = 0; u < LOW; u++) {
			for (int x = 0; x < SIZE; x++) {
				double sum = 0;
				for (int y = 0; y < SIZE; y++) {
					sum += COS[u][y] * pixels[y][x];
				}
				columns[u][x] = sum;
			}
		}
		double[][] out = new double[LOW][LOW];
		for (int u = 0; u < LOW; u++) {
			for (int v = 0; v < LOW; v++) {
				double sum = 0;
				for (int x = 0; x < SIZE; x++) {
					sum += columns[u][x] * COS[v][x];
				}
				out[u][v] = sum;
			}
		}
		return out;
	}

	private static double[][] basis() {
		double[][] cos = new double[LOW][SIZE];
		for (int u = 0; u < LOW; u++) {
			double norm = StrictMath.sqrt(((u == 0) ? 1.0 : 2.0) / SIZE);
			for (int x = 0; x < SIZE; x++) {
				cos[u][x] = norm * StrictMath.cos((2 * x + 1) * u * StrictMath.PI / (2 * SIZE));
			}
		}
		return cos;
	}

}
