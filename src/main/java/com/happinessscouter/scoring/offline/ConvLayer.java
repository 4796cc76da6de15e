package com.happinessscouter.scoring.offline;

/**
 * A regular convolution: {@code filters} in TensorFlow layout [kernel, kernel, in, out].
 */
record ConvLayer(float[] filters, float[] bias, int kernel, int inChannels, int outChannels) {

	static ConvLayer load(ModelWeights weights, String prefix, int kernel, int in, int out) {
		return new ConvLayer(weights.get(prefix + "/filters", kernel, kernel, in, out),
				weights.get(prefix + "/bias", out), kernel, in, out);
	}

	/**
	 * The filters of a 1x1 convolution as one row of output weights per input channel.
	 */
	float[][] pointwiseRows() {
		return SeparableLayer.rows(this.filters, this.inChannels, this.outChannels);
	}

}
