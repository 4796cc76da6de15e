package com.happinessscouter.scoring.offline;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Matrix#multiply} on the Vector API (jdk.incubator.vector): register tiles of 4
 * pixels by 2 vectors of outputs, so that each weight vector loaded serves 4 pixels and
 * each input value broadcast serves 2 vectors, with fused multiply-adds. The outputs past
 * the last whole vector are dot products along the inputs (no masks: masked operations
 * fell back to allocating Java code on this JDK). Loaded only when {@link Simd#ENABLED}.
 */
final class VectorKernels {

	private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

	private static final int L = S.length();

	private VectorKernels() {
	}

	static int bits() {
		return S.vectorBitSize();
	}

	/**
	 * The columns of a row-major {@code in x out} matrix for the outputs past the last
	 * whole vector: {@code tail[(o - whole) * in + j] = flat[j * out + o]}.
	 */
	static float[] tailColumns(float[] flat, int in, int out) {
		int whole = out - out % L;
		float[] tail = new float[(out - whole) * in];
		for (int o = whole; o < out; o++) {
			for (int j = 0; j < in; j++) {
				tail[(o - whole) * in + j] = flat[j * out + o];
			}
		}
		return tail;
	}

	static void multiply(Matrix matrix, int first, int count, float[] src, int srcOffset, int srcStride, int pixels,
			boolean accumulate, float[] dst, int dstOffset) {
		int co = matrix.outputs();
		float[] w = matrix.flat();
		int wOffset = first * co;
		float[] init = accumulate ? dst : matrix.bias();
		int p = 0;
		for (; p + 4 <= pixels; p += 4) {
			int s = srcOffset + p * srcStride;
			int d = dstOffset + p * co;
			int o = 0;
			for (; o + 2 * L <= co; o += 2 * L) {
				tile4x2(w, wOffset + o, count, co, src, s, srcStride, init, accumulate ? d + o : o, dst, d + o);
			}
			for (; o + L <= co; o += L) {
				tile4x1(w, wOffset + o, count, co, src, s, srcStride, init, accumulate ? d + o : o, dst, d + o);
			}
			if (o < co) {
				tail(matrix, first, count, src, s, srcStride, 4, accumulate, dst, d, o);
			}
		}
		if (p < pixels) {
			tail(matrix, first, count, src, srcOffset + p * srcStride, srcStride, pixels - p, accumulate, dst,
					dstOffset + p * co, 0);
		}
	}

	/**
	 * Outputs from {@code from} on of {@code pixels} pixels, one pixel at a time: whole
	 * vectors of outputs, then the rest as dot products.
	 */
	private static void tail(Matrix matrix, int first, int count, float[] src, int srcOffset, int srcStride, int pixels,
			boolean accumulate, float[] dst, int dstOffset, int from) {
		int co = matrix.outputs();
		int whole = co - co % L;
		int in = matrix.rows().length;
		float[] init = accumulate ? dst : matrix.bias();
		for (int p = 0; p < pixels; p++) {
			int s = srcOffset + p * srcStride;
			int d = dstOffset + p * co;
			for (int o = from; o < whole; o += L) {
				tile1x1(matrix.flat(), first * co + o, count, co, src, s, init, accumulate ? d + o : o, dst, d + o);
			}
			for (int o = Math.max(from, whole); o < co; o++) {
				float start = init[accumulate ? d + o : o];
				dst[d + o] = start + dot(matrix.tail(), (o - whole) * in + first, src, s, count);
			}
		}
	}

	/** {@code sum over j < count of a[ai + j] * b[bi + j]}. */
	private static float dot(float[] a, int ai, float[] b, int bi, int count) {
		FloatVector acc = FloatVector.zero(S);
		int j = 0;
		for (; j + L <= count; j += L) {
			acc = FloatVector.fromArray(S, a, ai + j).fma(FloatVector.fromArray(S, b, bi + j), acc);
		}
		float sum = acc.reduceLanes(VectorOperators.ADD);
		for (; j < count; j++) {
			sum += a[ai + j] * b[bi + j];
		}
		return sum;
	}

	/**
	 * Four pixels by two vectors; {@code init[i + p * co]} starts pixel p when it is the
	 * destination, else every pixel starts from {@code init[i]} (the bias).
	 */
	private static void tile4x2(float[] w, int wi, int count, int co, float[] src, int s, int stride, float[] init,
			int i, float[] dst, int d) {
		int step = (init == dst) ? co : 0;
		FloatVector a00 = FloatVector.fromArray(S, init, i);
		FloatVector a01 = FloatVector.fromArray(S, init, i + L);
		FloatVector a10 = FloatVector.fromArray(S, init, i + step);
		FloatVector a11 = FloatVector.fromArray(S, init, i + step + L);
		FloatVector a20 = FloatVector.fromArray(S, init, i + 2 * step);
		FloatVector a21 = FloatVector.fromArray(S, init, i + 2 * step + L);
		FloatVector a30 = FloatVector.fromArray(S, init, i + 3 * step);
		FloatVector a31 = FloatVector.fromArray(S, init, i + 3 * step + L);
		for (int j = 0; j < count; j++, wi += co) {
			FloatVector w0 = FloatVector.fromArray(S, w, wi);
			FloatVector w1 = FloatVector.fromArray(S, w, wi + L);
			FloatVector v = FloatVector.broadcast(S, src[s + j]);
			a00 = v.fma(w0, a00);
			a01 = v.fma(w1, a01);
			v = FloatVector.broadcast(S, src[s + stride + j]);
			a10 = v.fma(w0, a10);
			a11 = v.fma(w1, a11);
			v = FloatVector.broadcast(S, src[s + 2 * stride + j]);
			a20 = v.fma(w0, a20);
			a21 = v.fma(w1, a21);
			v = FloatVector.broadcast(S, src[s + 3 * stride + j]);
			a30 = v.fma(w0, a30);
			a31 = v.fma(w1, a31);
		}
		a00.intoArray(dst, d);
		a01.intoArray(dst, d + L);
		a10.intoArray(dst, d + co);
		a11.intoArray(dst, d + co + L);
		a20.intoArray(dst, d + 2 * co);
		a21.intoArray(dst, d + 2 * co + L);
		a30.intoArray(dst, d + 3 * co);
		a31.intoArray(dst, d + 3 * co + L);
	}

	/** Four pixels by one vector. */
	private static void tile4x1(float[] w, int wi, int count, int co, float[] src, int s, int stride, float[] init,
			int i, float[] dst, int d) {
		int step = (init == dst) ? co : 0;
		FloatVector a0 = FloatVector.fromArray(S, init, i);
		FloatVector a1 = FloatVector.fromArray(S, init, i + step);
		FloatVector a2 = FloatVector.fromArray(S, init, i + 2 * step);
		FloatVector a3 = FloatVector.fromArray(S, init, i + 3 * step);
		for (int j = 0; j < count; j++, wi += co) {
			FloatVector w0 = FloatVector.fromArray(S, w, wi);
			a0 = FloatVector.broadcast(S, src[s + j]).fma(w0, a0);
			a1 = FloatVector.broadcast(S, src[s + stride + j]).fma(w0, a1);
			a2 = FloatVector.broadcast(S, src[s + 2 * stride + j]).fma(w0, a2);
			a3 = FloatVector.broadcast(S, src[s + 3 * stride + j]).fma(w0, a3);
		}
		a0.intoArray(dst, d);
		a1.intoArray(dst, d + co);
		a2.intoArray(dst, d + 2 * co);
		a3.intoArray(dst, d + 3 * co);
	}

	/** One pixel by one vector. */
	private static void tile1x1(float[] w, int wi, int count, int co, float[] src, int s, float[] init, int i,
			float[] dst, int d) {
		FloatVector a = FloatVector.fromArray(S, init, i);
		for (int j = 0; j < count; j++, wi += co) {
			a = FloatVector.broadcast(S, src[s + j]).fma(FloatVector.fromArray(S, w, wi), a);
		}
		a.intoArray(dst, d);
	}

}
