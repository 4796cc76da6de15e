package com.happinessscouter.scoring.offline;

import java.util.Arrays;

/**
 * {@link ConvRows} for the scalar kernels (no Vector API), where this is faster: a
 * regular square convolution with bias over one input with few channels (an image), one
 * output row at a time. Works channel-planar: the input is split into one plane per
 * channel, the input rows under each filter tap are gathered, and each output channel
 * accumulates them along the row, three at a time. Holds scratch buffers: one instance
 * per call.
 */
final class PlanarConvRows extends LayerRows.Sized {

	private final float[][] inPlanes;

	private final int inHeight;

	private final int inWidth;

	private final ConvLayer layer;

	private final int stride;

	private final int padTop;

	private final int padLeft;

	/** The gathered input rows, one per (kx, channel) of the current filter row. */
	private final float[][] gathered;

	private final float[][] planes;

	/** A 'same' convolution, or a 'valid' one when {@code same} is false. */
	PlanarConvRows(FeatureMap in, ConvLayer layer, int stride, boolean same) {
		super(Convolutions.outSize(in.height, layer.kernel(), stride, same),
				Convolutions.outSize(in.width, layer.kernel(), stride, same), layer.outChannels());
		int k = layer.kernel();
		this.inPlanes = planes(in);
		this.inHeight = in.height;
		this.inWidth = in.width;
		this.layer = layer;
		this.stride = stride;
		this.padTop = same ? Convolutions.samePadBefore(in.height, k, stride) : 0;
		this.padLeft = same ? Convolutions.samePadBefore(in.width, k, stride) : 0;
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
	public void computeRow(int y, float[] dst, int dstOffset) {
		int k = this.layer.kernel();
		int co = this.layer.outChannels();
		for (int o = 0; o < co; o++) {
			Arrays.fill(this.planes[o], this.layer.matrix().bias()[o]);
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
				gatherPlane(this.inPlanes[c], this.inWidth, iy, kx - this.padLeft, this.stride, this.outWidth,
						this.gathered[kx * ci + c]);
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
		float[] filters = this.layer.matrix().flat();
		int base = ky * taps * co;
		for (int o = 0; o < co; o++) {
			float[] plane = this.planes[o];
			int t = 0;
			for (; t + 3 <= taps; t += 3) {
				int w = base + t * co + o;
				scaledAdd3(plane, filters[w], this.gathered[t], filters[w + co], this.gathered[t + 1],
						filters[w + 2 * co], this.gathered[t + 2], this.outWidth);
			}
			for (; t < taps; t++) {
				scaledAdd(plane, filters[base + t * co + o], this.gathered[t], this.outWidth);
			}
		}
	}

	/**
	 * Input row {@code iy} of one channel plane ({@code width} wide) at columns
	 * {@code x * stride + offset} for {@code x < count}, zero outside the plane.
	 */
	private static void gatherPlane(float[] plane, int width, int iy, int offset, int stride, int count, float[] out) {
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

	/** {@code acc[i] += w0 * a0[i] + w1 * a1[i] + w2 * a2[i]} for {@code i < length}. */
	private static void scaledAdd3(float[] acc, float w0, float[] a0, float w1, float[] a1, float w2, float[] a2,
			int length) {
		for (int i = 0; i < length; i++) {
			acc[i] += w0 * a0[i] + w1 * a1[i] + w2 * a2[i];
		}
	}

	/** {@code acc[i] += scalar * a[i]} for {@code i < length}. */
	private static void scaledAdd(float[] acc, float scalar, float[] a, int length) {
		for (int i = 0; i < length; i++) {
			acc[i] += scalar * a[i];
		}
	}

}
