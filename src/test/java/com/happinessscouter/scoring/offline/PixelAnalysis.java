package com.happinessscouter.scoring.offline;

import java.util.ArrayList;
import java.util.List;

/**
 * The offline analyzer's work from decoded pixels to expressions, with the same networks,
 * settings and face finder as {@link OfflineFaceAnalyzer} but without its JPEG decoding
 * and its mapping to Rekognition's shape: what {@code bench/reference-compare.sh} times
 * on the JVM side, as face-api.js is timed from a tensor of the same pixels. Thread-safe.
 */
final class PixelAnalysis {

	private final TinyFaceDetector detector;

	private final FaceFinder finder;

	private final FaceExpressionNet expressionNet;

	private final OfflineAnalyzerSettings settings;

	PixelAnalysis(OfflineAnalyzerSettings settings) {
		this.detector = new TinyFaceDetector(
				ModelWeights.load(ModelWeights.FACE_API_LOCATION, TinyFaceDetector.MODEL_NAME));
		this.expressionNet = new FaceExpressionNet(
				ModelWeights.load(ModelWeights.FACE_API_LOCATION, FaceExpressionNet.MODEL_NAME));
		this.finder = new FaceFinder(this.detector, settings.inputSize(), settings.scoreThreshold());
		this.settings = settings;
	}

	/** The faces of {@code image} with their expressions, as the analyzer finds them. */
	List<FoundFace> analyze(RgbImage image) {
		List<FoundFace> faces = new ArrayList<>();
		for (Detection detection : this.finder.find(image)) {
			Expressions expressions = this.expressionNet.predict(image, detection);
			if (expressions != null) {
				faces.add(new FoundFace(detection, expressions.probabilities()));
			}
		}
		return faces;
	}

	/**
	 * Whether the face finder adds a second, tiled detector pass on {@code image} (work
	 * face-api.js does not do).
	 */
	boolean tiles(RgbImage image) {
		int inputSize = this.settings.inputSize();
		List<Detection> candidates = this.detector.detect(image, NetInput.Region.whole(image), inputSize,
				Math.min(FaceFinder.CANDIDATE_SCORE, this.settings.scoreThreshold()));
		List<Detection> faces = candidates.stream()
			.filter((face) -> face.score() > this.settings.scoreThreshold())
			.toList();
		return !Tiling.crowdTiles(image.width, image.height, inputSize, faces, candidates.size() - faces.size())
			.isEmpty();
	}

	/**
	 * A face: its box in pixels of the image (not clipped), the detector score and the 7
	 * expression probabilities in face-api's order.
	 */
	record FoundFace(double x, double y, double width, double height, double score, double[] expressions) {

		FoundFace(Detection box, double[] expressions) {
			this(box.x(), box.y(), box.width(), box.height(), box.score(), expressions);
		}

	}

}
