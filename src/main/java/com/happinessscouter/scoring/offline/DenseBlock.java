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

	FeatureMap apply(FeatureMap in, Workspace workspace) {
		FeatureMap out1 = (this.firstRegular != null)
				? LayerRows.all(ConvRows.of(in, this.firstRegular, 2, true, workspace), workspace)
				: new SeparableRows(in, this.firstSeparable, 2, workspace).all();
		Activations.relu(out1, out1);
		FeatureMap sum = workspace.copy(out1);
		FeatureMap relued = workspace.map(sum.height, sum.width, sum.channels);
		for (int i = 0; i < this.next.length; i++) {
			FeatureMap input = out1;
			if (i > 0) {
				Activations.relu(sum, relued);
				input = relued;
			}
			Activations.add(sum, new SeparableRows(input, this.next[i], 1, workspace).all());
		}
		Activations.relu(sum, sum);
		return sum;
	}

}
