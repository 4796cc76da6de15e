package com.happinessscouter.scoring.offline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A depthwise-separable convolution: a 3x3 depthwise filter [3, 3, in, 1], then a
 * pointwise filter [1, 1, in, out] (held as one row of output weights per input channel),
 * then a bias. Immutable and thread-safe; the depthwise filter laid out along a row of
 * each width the layer meets is made once (a network's inputs have a fixed size).
 */
final class SeparableLayer {

	private final float[] depthwise;

	private final float[][] pointwise;

	private final float[] bias;

	private final int inChannels;

	private final int outChannels;

	private final Map<Integer, float[][]> tiledByWidth = new ConcurrentHashMap<>();

	SeparableLayer(float[] depthwise, float[][] pointwise, float[] bias, int inChannels, int outChannels) {
		this.depthwise = depthwise;
		this.pointwise = pointwise;
		this.bias = bias;
		this.inChannels = inChannels;
		this.outChannels = outChannels;
	}

	static SeparableLayer load(ModelWeights weights, String prefix, int in, int out) {
		float[] pointwise = weights.get(prefix + "/pointwise_filter", 1, 1, in, out);
		return new SeparableLayer(weights.get(prefix + "/depthwise_filter", 3, 3, in, 1), rows(pointwise, in, out),
				weights.get(prefix + "/bias", out), in, out);
	}

	/** Splits a row-major [in, out] matrix into one array per input channel. */
	static float[][] rows(float[] matrix, int in, int out) {
		float[][] rows = new float[in][out];
		for (int c = 0; c < in; c++) {
			System.arraycopy(matrix, c * out, rows[c], 0, out);
		}
		return rows;
	}

	float[] depthwise() {
		return this.depthwise;
	}

	float[][] pointwise() {
		return this.pointwise;
	}

	float[] bias() {
		return this.bias;
	}

	int inChannels() {
		return this.inChannels;
	}

	int outChannels() {
		return this.outChannels;
	}

	/**
	 * The depthwise filter repeated along a row of {@code width} pixels, one array per
	 * tap: {@code [tap][x * in + c]}. Shared: callers must not write to it.
	 */
	float[][] tiledDepthwise(int width) {
		return this.tiledByWidth.computeIfAbsent(width, (w) -> {
			float[][] tiled = new float[9][w * this.inChannels];
			for (int tap = 0; tap < 9; tap++) {
				for (int x = 0; x < w; x++) {
					System.arraycopy(this.depthwise, tap * this.inChannels, tiled[tap], x * this.inChannels,
							this.inChannels);
				}
			}
			return tiled;
		});
	}

}
