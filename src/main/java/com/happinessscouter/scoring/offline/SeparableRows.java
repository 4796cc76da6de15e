package com.happinessscouter.scoring.offline;

import java.util.Arrays;

/**
 * A depthwise-separable 'same' convolution over one input, one output row at a time: the
 * 3x3 depthwise filter is tiled along the row so that each tap is one multiply-add over
 * the whole row, then the pointwise convolution. Its rows and outputs come from the
 * pass's {@link Workspace}: one instance per call.
 */
final class SeparableRows extends LayerRows.Sized {

	private final FeatureMap in;

	private final SeparableLayer layer;

	private final int stride;

	private final int padTop;

	private final int padLeft;

	private final float[][] tiledFilter;

	private final float[] shifted;

	private final float[] depthwise;

	private final float[][] acc;

	/** The length of a row of the depthwise convolution. */
	private final int rowLength;

	private final Workspace workspace;

	SeparableRows(FeatureMap in, SeparableLayer layer, int stride, Workspace workspace) {
		super(Convolutions.sameOutput(in.height, stride), Convolutions.sameOutput(in.width, stride),
				layer.outChannels());
		this.in = in;
		this.layer = layer;
		this.stride = stride;
		this.padTop = Convolutions.samePadBefore(in.height, 3, stride);
		this.padLeft = Convolutions.samePadBefore(in.width, 3, stride);
		if (in.channels != layer.inChannels()) {
			throw new IllegalArgumentException(in.channels + " channels in, the layer takes " + layer.inChannels());
		}
		this.tiledFilter = layer.tiledDepthwise(this.outWidth);
		this.rowLength = this.outWidth * in.channels;
		this.shifted = workspace.floats(this.rowLength);
		this.depthwise = workspace.floats(this.rowLength);
		this.acc = layer.pointwise().kernelScratch();
		this.workspace = workspace;
	}

	@Override
	public void computeRow(int y, float[] dst, int dstOffset) {
		depthwiseRow(y);
		this.layer.pointwise().pointwise(this.depthwise, 0, this.outWidth, dst, dstOffset, this.acc);
	}

	/**
	 * The whole output: the depthwise convolution first, then one pointwise pass over all
	 * pixels.
	 */
	FeatureMap all() {
		int outHeight = outHeight();
		float[] depthwiseMap = this.workspace.floats(outHeight * this.rowLength);
		for (int y = 0; y < outHeight; y++) {
			depthwiseRow(y);
			System.arraycopy(this.depthwise, 0, depthwiseMap, y * this.rowLength, this.rowLength);
		}
		FeatureMap out = this.workspace.map(outHeight, this.outWidth, this.layer.outChannels());
		this.layer.pointwise().pointwise(depthwiseMap, 0, outHeight * this.outWidth, out.data, 0, this.acc);
		return out;
	}

	/** Computes row {@code y} of the depthwise convolution into {@link #depthwise}. */
	private void depthwiseRow(int y) {
		int length = this.rowLength;
		Arrays.fill(this.depthwise, 0, length, 0f);
		for (int ky = 0; ky < 3; ky++) {
			int iy = y * this.stride - this.padTop + ky;
			if (iy < 0 || iy >= this.in.height) {
				continue;
			}
			for (int kx = 0; kx < 3; kx++) {
				Convolutions.gatherPixels(this.in, iy, kx - this.padLeft, this.stride, this.outWidth, this.shifted);
				Convolutions.multiplyAdd(this.depthwise, this.shifted, this.tiledFilter[ky * 3 + kx], length);
			}
		}
	}

}
