package com.happinessscouter.scoring.offline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A depthwise-separable convolution: a 3x3 depthwise filter [3, 3, in, 1], then a
 * pointwise filter [1, 1, in, out] with its bias (a {@link Matrix}). Immutable and
 * thread-safe; the depthwise filter laid out along a row of each width the layer meets is
 * made once (a network's inputs have a fixed size).
 */
final class SeparableLayer {

	private final float[] depthwise;

	private final Matrix pointwise;

	private final int inChannels;

	private final int outChannels;

	private final Map<Integer, float[][]> tiledByWidth = new ConcurrentHashMap<>();

	SeparableLayer(float[] depthwise, Matrix pointwise, int inChannels, int outChannels) {
		this.depthwise = depthwise;
		this.pointwise = pointwise;
		this.inChannels = inChannels;
		this.outChannels = outChannels;
	}

	static SeparableLayer load(ModelWeights weights, String prefix, int in, int out) {
		Matrix pointwise = Matrix.of(weights.get(prefix + "/pointwise_filter", 1, 1, in, out), in, out,
				weights.get(prefix + "/bias", out));
		return new SeparableLayer(weights.get(prefix + "/depthwise_filter", 3, 3, in, 1), pointwise, in, out);
	}

	float[] depthwise() {
		return this.depthwise;
	}

	Matrix pointwise() {
		return this.pointwise;
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
