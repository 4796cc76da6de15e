package com.happinessscouter.scoring.offline;

/**
 * The weights of a 1x1 convolution, [in][out], with its bias; a k x k convolution is one
 * too, [k, k, in][out], applied one filter row at a time. Held in both layouts the
 * kernels read, made once at model load: one row of output weights per input channel (the
 * scalar kernels) and row-major in one array (the vector kernels), plus, for the vector
 * kernels, the columns of the outputs past the last whole vector. Immutable.
 *
 * @param tail the outputs past the last whole vector, one column of all rows each
 * ({@link VectorKernels#tailColumns}), or {@code null} on the scalar kernels
 */
record Matrix(float[][] rows, float[] flat, float[] bias, float[] tail) {

	static Matrix of(float[] flat, int in, int out, float[] bias) {
		if (flat.length != in * out || bias.length != out) {
			throw new IllegalArgumentException(
					flat.length + " weights, " + bias.length + " biases for " + in + "x" + out);
		}
		float[][] rows = new float[in][out];
		for (int c = 0; c < in; c++) {
			System.arraycopy(flat, c * out, rows[c], 0, out);
		}
		return new Matrix(rows, flat, bias, Simd.ENABLED ? VectorKernels.tailColumns(flat, in, out) : null);
	}

	int outputs() {
		return this.bias.length;
	}

	/**
	 * For {@code pixels} pixels p: {@code dst[dstOffset + p * outputs + o] = start +
	 * sum over j < count of src[srcOffset + p * srcStride + j] * rows[first + j][o]},
	 * where start is the bias, or what {@code dst} holds when {@code accumulate}.
	 * @param scratch 4 rows of at least {@link #outputs()} floats (the scalar kernels)
	 */
	void multiply(int first, int count, float[] src, int srcOffset, int srcStride, int pixels, boolean accumulate,
			float[] dst, int dstOffset, float[][] scratch) {
		if (Simd.ENABLED) {
			VectorKernels.multiply(this, first, count, src, srcOffset, srcStride, pixels, accumulate, dst, dstOffset);
		}
		else {
			ScalarKernels.multiply(this, first, count, src, srcOffset, srcStride, pixels, accumulate, dst, dstOffset,
					scratch);
		}
	}

	/** A 1x1 convolution with bias over {@code pixels} consecutive NHWC pixels. */
	void pointwise(float[] src, int srcOffset, int pixels, float[] dst, int dstOffset, float[][] scratch) {
		int in = this.rows.length;
		multiply(0, in, src, srcOffset, in, pixels, false, dst, dstOffset, scratch);
	}

	/** Scratch rows for {@link #multiply} on the scalar kernels. */
	float[][] scratch() {
		return new float[4][outputs()];
	}

	/** Scratch rows for {@link #multiply} on the kernels that run: none for SIMD. */
	float[][] kernelScratch() {
		return Simd.ENABLED ? null : scratch();
	}

}
