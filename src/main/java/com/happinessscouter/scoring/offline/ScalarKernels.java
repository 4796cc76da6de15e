package com.happinessscouter.scoring.offline;

/**
 * {@link Matrix#multiply} in plain loops, for a JVM without the Vector API: four pixels
 * at a time share each weight row, and the inner loops read and write their arrays at the
 * same index, the form HotSpot's C2 vectorises.
 */
final class ScalarKernels {

	private ScalarKernels() {
	}

	static void multiply(Matrix matrix, int first, int count, float[] src, int srcOffset, int srcStride, int pixels,
			boolean accumulate, float[] dst, int dstOffset, float[][] acc) {
		int co = matrix.outputs();
		int p = 0;
		for (; p + 4 <= pixels; p += 4) {
			for (int k = 0; k < 4; k++) {
				start(matrix, accumulate, dst, dstOffset + (p + k) * co, acc[k]);
			}
			multiply4(matrix.rows(), first, count, src, srcOffset + p * srcStride, srcStride, co, acc);
			for (int k = 0; k < 4; k++) {
				System.arraycopy(acc[k], 0, dst, dstOffset + (p + k) * co, co);
			}
		}
		for (; p < pixels; p++) {
			float[] a = acc[0];
			start(matrix, accumulate, dst, dstOffset + p * co, a);
			int s = srcOffset + p * srcStride;
			for (int j = 0; j < count; j++) {
				float v = src[s + j];
				float[] w = matrix.rows()[first + j];
				for (int o = 0; o < co; o++) {
					a[o] += v * w[o];
				}
			}
			System.arraycopy(a, 0, dst, dstOffset + p * co, co);
		}
	}

	private static void start(Matrix matrix, boolean accumulate, float[] dst, int offset, float[] acc) {
		if (accumulate) {
			System.arraycopy(dst, offset, acc, 0, matrix.outputs());
		}
		else {
			System.arraycopy(matrix.bias(), 0, acc, 0, matrix.outputs());
		}
	}

	/** Adds four pixels, {@code stride} apart from {@code src[s]}, times the rows. */
	private static void multiply4(float[][] rows, int first, int count, float[] src, int s, int stride, int co,
			float[][] acc) {
		float[] a0 = acc[0];
		float[] a1 = acc[1];
		float[] a2 = acc[2];
		float[] a3 = acc[3];
		for (int j = 0; j < count; j++) {
			float[] w = rows[first + j];
			float v0 = src[s + j];
			float v1 = src[s + stride + j];
			float v2 = src[s + 2 * stride + j];
			float v3 = src[s + 3 * stride + j];
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
