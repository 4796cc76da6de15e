package com.happinessscouter.scoring.offline;

/**
 * face-api's FaceExpressionNet: four dense blocks on a 112x112 face crop, an average
 * pool, a fully connected layer and a softmax over 7 expressions. Thread-safe: every call
 * works on its thread's {@link Workspace}.
 */
final class FaceExpressionNet {

	static final String MODEL_NAME = "face_expression_model";

	static final int INPUT_SIZE = 112;

	private static final float[] MEAN_RGB = { 122.782f, 117.001f, 104.298f };

	private static final int[] CHANNELS = { 3, 32, 64, 128, 256 };

	private final DenseBlock[] blocks = new DenseBlock[4];

	private final float[] fcWeights;

	private final float[] fcBias;

	private final Workspace.PerThread workspaces = new Workspace.PerThread();

	FaceExpressionNet(ModelWeights weights) {
		for (int i = 0; i < 4; i++) {
			this.blocks[i] = DenseBlock.load(weights, "dense" + i, CHANNELS[i], CHANNELS[i + 1], i == 0);
		}
		this.fcWeights = weights.get("fc/weights", CHANNELS[4], Expressions.COUNT);
		this.fcBias = weights.get("fc/bias", Expressions.COUNT);
	}

	/**
	 * The expressions of the face in {@code box} of {@code image}: the box is clipped to
	 * the image and floored, padded to a centred square and resized to 112x112.
	 * @return the expressions, or {@code null} if the clipped box is empty
	 */
	Expressions predict(RgbImage image, Detection box) {
		NetInput.Region crop = clipAndFloor(box, image.width, image.height);
		if (crop == null) {
			return null;
		}
		Workspace workspace = this.workspaces.start();
		FeatureMap out = NetInput.of(image, crop, INPUT_SIZE, true, MEAN_RGB, workspace);
		for (DenseBlock block : this.blocks) {
			out = block.apply(out, workspace);
		}
		float[] features = Pooling.averageAll(out, workspace);
		return new Expressions(
				Activations.softmax(fullyConnected(features, out.channels, workspace), this.fcBias.length));
	}

	/** The logits from the first {@code count} values of {@code features}. */
	private float[] fullyConnected(float[] features, int count, Workspace workspace) {
		int outputs = this.fcBias.length;
		float[] logits = workspace.floats(outputs);
		System.arraycopy(this.fcBias, 0, logits, 0, outputs);
		for (int i = 0; i < count; i++) {
			for (int o = 0; o < outputs; o++) {
				logits[o] += features[i] * this.fcWeights[i * outputs + o];
			}
		}
		return logits;
	}

	/** face-api's {@code clipAtImageBorders}: clip, then floor every coordinate. */
	static NetInput.Region clipAndFloor(Detection box, int imageWidth, int imageHeight) {
		double x = Math.max(box.x(), 0);
		double y = Math.max(box.y(), 0);
		double width = Math.min(box.right() - x, imageWidth - x);
		double height = Math.min(box.bottom() - y, imageHeight - y);
		NetInput.Region region = new NetInput.Region((int) Math.floor(x), (int) Math.floor(y), (int) Math.floor(width),
				(int) Math.floor(height));
		boolean empty = region.width() <= 0 || region.height() <= 0;
		return empty ? null : region;
	}

}
