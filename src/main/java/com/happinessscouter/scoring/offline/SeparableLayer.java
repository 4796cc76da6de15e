package com.happinessscouter.scoring.offline;

/**
 * A depthwise-separable convolution: a 3x3 depthwise filter [3, 3, in, 1], then a
 * pointwise filter [1, 1, in, out] (held as one row of output weights per input channel),
 * then a bias.
 */
record SeparableLayer(float[] depthwise, float[][] pointwise, float[] bias, int inChannels, int outChannels) {

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

}
