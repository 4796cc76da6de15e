package com.happinessscouter.scoring.offline;

/**
 * A dense block of the face feature extractor: a stride-2 first convolution (regular in
 * the first block, separable in the others) then three separable ones, each fed the ReLU
 * of the sum of all previous outputs of the block.
 */
record DenseBlock(ConvLayer firstRegular, SeparableLayer firstSeparable, SeparableLayer[] next) {

	static DenseBlock load(ModelWeights weights, String prefix, int in, int out, boolean firstRegular) {
		SeparableLayer[] next = new SeparableLayer[3];
		for (int i = 0; i < 3; i++) {
			next[i] = SeparableLayer.load(weights, prefix + "/conv" + (i + 1), out, out);
		}
		if (firstRegular) {
			return new DenseBlock(ConvLayer.load(weights, prefix + "/conv0", 3, in, out), null, next);
		}
		return new DenseBlock(null, SeparableLayer.load(weights, prefix + "/conv0", in, out), next);
	}

	FeatureMap apply(FeatureMap in) {
		FeatureMap out1 = (this.firstRegular != null) ? LayerRows.all(ConvRows.of(in, this.firstRegular, 2, true))
				: new SeparableRows(in, this.firstSeparable, 2).all();
		Activations.relu(out1.data);
		FeatureMap sum = out1.copy();
		for (int i = 0; i < this.next.length; i++) {
			FeatureMap input = (i == 0) ? out1 : Activations.reluCopy(sum);
			Activations.add(sum.data, new SeparableRows(input, this.next[i], 1).all().data);
		}
		Activations.relu(sum.data);
		return sum;
	}

}
