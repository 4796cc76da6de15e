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

	/** The output size of a 'same' convolution, or of a 'valid' one. */
	static int outSize(int input, int kernel, int stride, boolean same) {
		return same ? sameOutput(input, stride) : (input - kernel) / stride + 1;
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

}
