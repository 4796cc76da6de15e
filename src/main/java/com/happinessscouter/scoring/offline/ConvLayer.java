package com.happinessscouter.scoring.offline;

/**
 * A regular convolution: its filters, TensorFlow's [kernel, kernel, in, out], as a
 * {@link Matrix} of {@code kernel * kernel * in} rows.
 */
record ConvLayer(Matrix matrix, int kernel, int inChannels, int outChannels) {

	static ConvLayer load(ModelWeights weights, String prefix, int kernel, int in, int out) {
		Matrix matrix = Matrix.of(weights.get(prefix + "/filters", kernel, kernel, in, out), kernel * kernel * in, out,
				weights.get(prefix + "/bias", out));
		return new ConvLayer(matrix, kernel, in, out);
	}

}
