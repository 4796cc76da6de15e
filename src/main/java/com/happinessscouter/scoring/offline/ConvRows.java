package com.happinessscouter.scoring.offline;

/**
 * A regular square convolution with bias, one output row at a time, as {@code kernel}
 * matrix products: in NHWC order the inputs under one filter row at one output pixel are
 * {@code kernel * in} consecutive values of one input row, so filter row ky multiplies
 * them by rows {@code [ky * kernel * in, (ky + 1) * kernel * in)} of the filter matrix. A
 * 'same' convolution reads a zero-padded copy of its input, from the pass's
 * {@link Workspace}. One instance per call.
 */
final class ConvRows extends LayerRows.Sized {

	private final ConvLayer layer;

	private final int stride;

	/** The input, zero-padded for a 'same' convolution. */
	private final FeatureMap padded;

	private final float[][] scratch;

	/**
	 * A 'same' convolution, or a 'valid' one when {@code same} is false, for the kernels
	 * that run ({@link Simd}).
	 */
	static LayerRows.RowSource of(FeatureMap in, ConvLayer layer, int stride, boolean same, Workspace workspace) {
		return Simd.ENABLED ? new ConvRows(in, layer, stride, same, workspace)
				: new PlanarConvRows(in, layer, stride, same);
	}

	/** A 'same' convolution, or a 'valid' one when {@code same} is false. */
	ConvRows(FeatureMap in, ConvLayer layer, int stride, boolean same, Workspace workspace) {
		super(Convolutions.outSize(in.height, layer.kernel(), stride, same),
				Convolutions.outSize(in.width, layer.kernel(), stride, same), layer.outChannels());
		int k = layer.kernel();
		if (in.channels != layer.inChannels()) {
			throw new IllegalArgumentException(in.channels + " channels in, the layer takes " + layer.inChannels());
		}
		this.layer = layer;
		this.stride = stride;
		this.padded = same ? padded(in, (this.outHeight - 1) * stride + k, (this.outWidth - 1) * stride + k,
				Convolutions.samePadBefore(in.height, k, stride), Convolutions.samePadBefore(in.width, k, stride),
				workspace) : in;
		this.scratch = layer.matrix().kernelScratch();
	}

	/** {@code in} within zeros: {@code height x width}, {@code in} at (top, left). */
	private static FeatureMap padded(FeatureMap in, int height, int width, int top, int left, Workspace workspace) {
		FeatureMap out = workspace.zeroedMap(height, width, in.channels);
		for (int y = 0; y < in.height; y++) {
			System.arraycopy(in.data, y * in.rowLength(), out.data, ((y + top) * width + left) * in.channels,
					in.rowLength());
		}
		return out;
	}

	@Override
	public void computeRow(int y, float[] dst, int dstOffset) {
		int k = this.layer.kernel();
		int ci = this.padded.channels;
		for (int ky = 0; ky < k; ky++) {
			int srcOffset = (y * this.stride + ky) * this.padded.rowLength();
			this.layer.matrix()
				.multiply(ky * k * ci, k * ci, this.padded.data, srcOffset, this.stride * ci, this.outWidth, ky > 0,
						dst, dstOffset, this.scratch);
		}
	}

}
