package com.happinessscouter.scoring.offline;

import java.util.Arrays;

/**
 * A regular square convolution with bias over one input with few channels (an image), one
 * output row at a time. Works channel-planar: the input is split into one plane per
 * channel, the input rows under each filter tap are gathered, and each output channel
 * accumulates them along the row, three at a time. Holds scratch buffers: one instance
 * per call.
 */
final class ConvRows implements LayerRows.RowSource {

	private final float[][] inPlanes;

	private final int inHeight;

	private final int inWidth;

	private final ConvLayer layer;

	private final int stride;

	private final int padTop;

	private final int padLeft;

	private final int outHeight;

	private final int outWidth;

	/** The gathered input rows, one per (kx, channel) of the current filter row. */
	private final float[][] gathered;

	private final float[][] planes;

	/** A 'same' convolution, or a 'valid' one when {@code same} is false. */
	ConvRows(FeatureMap in, ConvLayer layer, int stride, boolean same) {
		int k = layer.kernel();
		this.inPlanes = planes(in);
		this.inHeight = in.height;
		this.inWidth = in.width;
		this.layer = layer;
		this.stride = stride;
		this.padTop = same ? Convolutions.samePadBefore(in.height, k, stride) : 0;
		this.padLeft = same ? Convolutions.samePadBefore(in.width, k, stride) : 0;
		this.outHeight = same ? Convolutions.sameOutput(in.height, stride) : (in.height - k) / stride + 1;
		this.outWidth = same ? Convolutions.sameOutput(in.width, stride) : (in.width - k) / stride + 1;
		this.gathered = new float[k * in.channels][this.outWidth];
		this.planes = new float[layer.outChannels()][this.outWidth];
	}

	private static float[][] planes(FeatureMap in) {
		int pixels = in.height * in.width;
		float[][] planes = new float[in.channels][pixels];
		for (int p = 0; p < pixels; p++) {
			for (int c = 0; c < in.channels; c++) {
				planes[c][p] = in.data[p * in.channels + c];
			}
		}
		return planes;
	}

	@Override
	public int outHeight() {
		return this.outHeight;
	}

	@Override
	public int outWidth() {
		return this.outWidth;
	}

	@Override
	public int outChannels() {
		return this.layer.outChannels();
	}

	@Override
	public void computeRow(int y, float[] dst, int dstOffset) {
		int k = this.layer.kernel();
		int co = this.layer.outChannels();
		for (int o = 0; o < co; o++) {
			Arrays.fill(this.planes[o], this.layer.bias()[o]);
		}
		for (int ky = 0; ky < k; ky++) {
			int iy = y * this.stride - this.padTop + ky;
			if (iy >= 0 && iy < this.inHeight) {
				gatherFilterRow(iy);
				accumulateFilterRow(ky);
			}
		}
		for (int x = 0; x < this.outWidth; x++) {
			int d = dstOffset + x * co;
			for (int o = 0; o < co; o++) {
				dst[d + o] = this.planes[o][x];
			}
		}
	}

	private void gatherFilterRow(int iy) {
		int ci = this.inPlanes.length;
		for (int kx = 0; kx < this.layer.kernel(); kx++) {
			for (int c = 0; c < ci; c++) {
				Convolutions.gatherPlane(this.inPlanes[c], this.inWidth, iy, kx - this.padLeft, this.stride,
						this.outWidth, this.gathered[kx * ci + c]);
			}
		}
	}

	/**
	 * Adds one filter row's taps to every output plane; the gathered rows follow the
	 * filter layout.
	 */
	private void accumulateFilterRow(int ky) {
		int co = this.layer.outChannels();
		int taps = this.gathered.length;
		float[] filters = this.layer.filters();
		int base = ky * taps * co;
		for (int o = 0; o < co; o++) {
			float[] plane = this.planes[o];
			int t = 0;
			for (; t + 3 <= taps; t += 3) {
				int w = base + t * co + o;
				Convolutions.scaledAdd3(plane, filters[w], this.gathered[t], filters[w + co], this.gathered[t + 1],
						filters[w + 2 * co], this.gathered[t + 2], this.outWidth);
			}
			for (; t < taps; t++) {
				Convolutions.scaledAdd(plane, filters[base + t * co + o], this.gathered[t], this.outWidth);
			}
		}
	}

}
