package com.happinessscouter.scoring.offline;

import java.util.Arrays;

/**
 * Convolution kernels on NHWC rows, with TensorFlow's padding rules. Every inner loop
 * reads and writes its arrays at the same index, the form HotSpot's C2 vectorises (it
 * does not when a loop stores to one array at an offset other than the one it loads
 * another at, since the two could be the same array).
 */
final class Convolutions {

	private Convolutions() {
	}

	/** Output length of a 'same' convolution or pooling. */
	static int sameOutput(int input, int stride) {
		return (input + stride - 1) / stride;
	}

	/**
	 * Padding before the first element of a 'same' convolution (TensorFlow puts the odd
	 * one after).
	 */
	static int samePadBefore(int input, int kernel, int stride) {
		int total = Math.max((sameOutput(input, stride) - 1) * stride + kernel - input, 0);
		return total / 2;
	}

	/**
	 * Input row {@code iy} of one channel plane ({@code width} wide) at columns
	 * {@code x * stride + offset} for {@code x < count}, zero outside the plane.
	 */
	static void gatherPlane(float[] plane, int width, int iy, int offset, int stride, int count, float[] out) {
		int rowBase = iy * width;
		if (stride == 1) {
			int first = Math.clamp(-offset, 0, count);
			int end = Math.clamp(width - offset, first, count);
			Arrays.fill(out, 0, first, 0f);
			System.arraycopy(plane, rowBase + first + offset, out, first, end - first);
			Arrays.fill(out, end, count, 0f);
			return;
		}
		for (int x = 0; x < count; x++) {
			int ix = x * stride + offset;
			out[x] = (ix >= 0 && ix < width) ? plane[rowBase + ix] : 0f;
		}
	}

	/**
	 * All channels of input row {@code iy} at columns {@code x * stride + offset} for
	 * {@code x < count}, zero outside the map: {@code out[x * channels + c]}.
	 */
	static void gatherPixels(FeatureMap in, int iy, int offset, int stride, int count, float[] out) {
		int ch = in.channels;
		int rowBase = iy * in.width;
		if (stride == 1) {
			int first = Math.clamp(-offset, 0, count);
			int end = Math.clamp(in.width - offset, first, count);
			Arrays.fill(out, 0, first * ch, 0f);
			System.arraycopy(in.data, (rowBase + first + offset) * ch, out, first * ch, (end - first) * ch);
			Arrays.fill(out, end * ch, count * ch, 0f);
			return;
		}
		for (int x = 0; x < count; x++) {
			int ix = x * stride + offset;
			if (ix >= 0 && ix < in.width) {
				System.arraycopy(in.data, (rowBase + ix) * ch, out, x * ch, ch);
			}
			else {
				Arrays.fill(out, x * ch, (x + 1) * ch, 0f);
			}
		}
	}

	/** {@code acc[i] += a[i] * b[i]} for {@code i < length}. */
	static void multiplyAdd(float[] acc, float[] a, float[] b, int length) {
		for (int i = 0; i < length; i++) {
			acc[i] += a[i] * b[i];
		}
	}

	/** {@code acc[i] += w0 * a0[i] + w1 * a1[i] + w2 * a2[i]} for {@code i < length}. */
	static void scaledAdd3(float[] acc, float w0, float[] a0, float w1, float[] a1, float w2, float[] a2, int length) {
		for (int i = 0; i < length; i++) {
			acc[i] += w0 * a0[i] + w1 * a1[i] + w2 * a2[i];
		}
	}

	/** {@code acc[i] += scalar * a[i]} for {@code i < length}. */
	static void scaledAdd(float[] acc, float scalar, float[] a, int length) {
		for (int i = 0; i < length; i++) {
			acc[i] += scalar * a[i];
		}
	}

	/**
	 * A 1x1 convolution with bias over {@code pixels} consecutive NHWC pixels:
	 * {@code dst[dstOffset ..] = bias + src[srcOffset ..] x weights}, with
	 * {@code weights[c]} the row of input channel c. Four pixels at a time share each
	 * weight load.
	 * @param acc scratch: 4 rows of at least {@code bias.length}
	 */
	static void pointwise(float[] src, int srcOffset, int pixels, float[][] weights, float[] bias, float[] dst,
			int dstOffset, float[][] acc) {
		int ci = weights.length;
		int co = bias.length;
		int p = 0;
		for (; p + 4 <= pixels; p += 4) {
			for (float[] a : acc) {
				System.arraycopy(bias, 0, a, 0, co);
			}
			pointwise4(src, srcOffset + p * ci, weights, co, acc);
			for (int k = 0; k < 4; k++) {
				System.arraycopy(acc[k], 0, dst, dstOffset + (p + k) * co, co);
			}
		}
		for (; p < pixels; p++) {
			System.arraycopy(bias, 0, acc[0], 0, co);
			int s = srcOffset + p * ci;
			for (int c = 0; c < ci; c++) {
				scaledAdd(acc[0], src[s + c], weights[c], co);
			}
			System.arraycopy(acc[0], 0, dst, dstOffset + p * co, co);
		}
	}

	/**
	 * Adds four consecutive pixels starting at {@code src[s]} times the weights to
	 * {@code acc[0..3]}.
	 */
	private static void pointwise4(float[] src, int s, float[][] weights, int co, float[][] acc) {
		int ci = weights.length;
		float[] a0 = acc[0];
		float[] a1 = acc[1];
		float[] a2 = acc[2];
		float[] a3 = acc[3];
		for (int c = 0; c < ci; c++) {
			float[] w = weights[c];
			float v0 = src[s + c];
			float v1 = src[s + ci + c];
			float v2 = src[s + 2 * ci + c];
			float v3 = src[s + 3 * ci + c];
			for (int o = 0; o < co; o++) {
				float wo = w[o];
				a0[o] += v0 * wo;
				a1[o] += v1 * wo;
				a2[o] += v2 * wo;
				a3[o] += v3 * wo;
			}
		}
	}

}
