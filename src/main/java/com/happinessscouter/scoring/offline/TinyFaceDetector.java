package com.happinessscouter.scoring.offline;

import java.util.List;

/**
 * face-api's TinyFaceDetector: a YOLO-style network with depthwise-separable convolutions
 * that predicts 5 anchor boxes per cell of a grid of {@code inputSize / 32} cells.
 * Thread-safe: every call works on its thread's {@link Workspace}.
 */
final class TinyFaceDetector {

	static final String MODEL_NAME = "tiny_face_detector_model";

	private static final float[] MEAN_RGB = { 117.001f, 114.697f, 97.404f };

	private static final int[] CHANNELS = { 16, 32, 64, 128, 256, 512 };

	private final ConvLayer conv0;

	private final SeparableLayer[] separable;

	private final ConvLayer conv8;

	private final Workspace.PerThread workspaces = new Workspace.PerThread();

	TinyFaceDetector(ModelWeights weights) {
		this.conv0 = ConvLayer.load(weights, "conv0", 3, 3, CHANNELS[0]);
		this.separable = new SeparableLayer[5];
		for (int i = 1; i <= 5; i++) {
			this.separable[i - 1] = SeparableLayer.load(weights, "conv" + i, CHANNELS[i - 1], CHANNELS[i]);
		}
		this.conv8 = ConvLayer.load(weights, "conv8", 1, CHANNELS[5], BoxDecoder.ANCHORS.length * 5);
	}

	/**
	 * Finds faces in {@code region} of {@code image}.
	 * @return the faces after non-max suppression, in pixels of {@code image}
	 */
	List<Detection> detect(RgbImage image, NetInput.Region region, int inputSize, double scoreThreshold) {
		Workspace workspace = this.workspaces.start();
		FeatureMap input = NetInput.of(image, region, inputSize, false, MEAN_RGB, workspace);
		FeatureMap grid = forward(input, workspace);
		return BoxDecoder.decode(grid, region, inputSize, scoreThreshold);
	}

	/** The raw network output: {@code grid x grid x 25}, in {@code workspace}. */
	FeatureMap forward(FeatureMap input, Workspace workspace) {
		FeatureMap out = LayerRows.leakyPooled(ConvRows.of(input, this.conv0, 1, false, workspace), workspace);
		for (int i = 0; i < 4; i++) {
			out = LayerRows.leakyPooled(new SeparableRows(out, this.separable[i], 1, workspace), workspace);
		}
		out = Pooling.maxPool2x2Stride1(
				LayerRows.leaky(new SeparableRows(out, this.separable[4], 1, workspace), workspace), workspace);
		FeatureMap result = workspace.map(out.height, out.width, this.conv8.outChannels());
		Matrix conv8 = this.conv8.matrix();
		conv8.pointwise(out.data, 0, out.height * out.width, result.data, 0, conv8.kernelScratch());
		return result;
	}

}
