package com.happinessscouter.scoring.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.happinessscouter.images.Images;
import com.happinessscouter.scoring.Analysis;
import com.happinessscouter.scoring.BoundingBox;
import com.happinessscouter.scoring.Emotion;
import com.happinessscouter.scoring.Face;
import com.happinessscouter.scoring.FaceAnalyzer;
import com.happinessscouter.scoring.FailureReason;
import com.happinessscouter.scoring.ImageSize;
import com.happinessscouter.scoring.PhotoToAnalyze;

/**
 * Finds faces and their expressions in the JVM, without any service: a Java port of
 * face-api's TinyFaceDetector and FaceExpressionNet (weights from the npm package
 * {@code @vladmandic/face-api}, on the classpath under {@code models/face-api/}). The 7
 * expressions map onto Rekognition's emotions (neutral is CALM; there is no CONFUSED), a
 * face smiles when happy is at least 0.5, and its confidence is the detector score. Faces
 * come left to right, boxes in pixels of the upright original image.
 * <p>
 * Photos are decoded through {@link Images}, within its pixel budget. Thread-safe; the
 * models load once, in the constructor. {@link #analyze} never throws.
 */
public final class OfflineFaceAnalyzer implements FaceAnalyzer {

	private final PhotoDecoder decoder;

	private final FaceFinder finder;

	private final FaceExpressionNet expressionNet;

	public OfflineFaceAnalyzer(OfflineAnalyzerSettings settings, Images images) {
		TinyFaceDetector detector = new TinyFaceDetector(
				ModelWeights.load(ModelWeights.FACE_API_LOCATION, TinyFaceDetector.MODEL_NAME));
		this.expressionNet = new FaceExpressionNet(
				ModelWeights.load(ModelWeights.FACE_API_LOCATION, FaceExpressionNet.MODEL_NAME));
		this.finder = new FaceFinder(detector, settings.inputSize(), settings.scoreThreshold());
		this.decoder = new PhotoDecoder(images);
	}

	@Override
	public Analysis analyze(PhotoToAnalyze photo) {
		try {
			return analyze(this.decoder.decode(photo.bytes()));
		}
		catch (PhotoRejectedException ex) {
			return new Analysis.Failed(ex.reason(), ex.getMessage());
		}
		catch (RuntimeException ex) {
			return new Analysis.Failed(FailureReason.UNREADABLE_IMAGE, "Offline analysis failed: " + ex);
		}
	}

	private Analysis analyze(DecodedPhoto photo) {
		ImageSize size = new ImageSize(photo.width(), photo.height());
		List<Face> faces = new ArrayList<>();
		for (Detection detection : this.finder.find(photo.image())) {
			Expressions expressions = this.expressionNet.predict(photo.image(), detection);
			if (expressions != null) {
				faces.add(face(detection, expressions, photo));
			}
		}
		if (faces.isEmpty()) {
			return new Analysis.NoFace(size);
		}
		faces.sort(Comparator.comparingDouble((Face face) -> face.box().left())
			.thenComparingDouble((face) -> face.box().top()));
		return new Analysis.Faces(size, faces);
	}

	private static Face face(Detection detection, Expressions expressions, DecodedPhoto photo) {
		Detection original = detection.scaled(photo.scale(), photo.scale());
		double left = clamp(original.x(), photo.width());
		double top = clamp(original.y(), photo.height());
		double right = clamp(original.right(), photo.width());
		double bottom = clamp(original.bottom(), photo.height());
		BoundingBox box = new BoundingBox(left, top, right - left, bottom - top);
		return new Face(box, detection.score() * 100, emotions(expressions), expressions.happy() >= 0.5);
	}

	private static Map<Emotion, Double> emotions(Expressions expressions) {
		Map<Emotion, Double> emotions = new EnumMap<>(Emotion.class);
		emotions.put(Emotion.HAPPY, expressions.happy() * 100);
		emotions.put(Emotion.CALM, expressions.neutral() * 100);
		emotions.put(Emotion.SAD, expressions.sad() * 100);
		emotions.put(Emotion.ANGRY, expressions.angry() * 100);
		emotions.put(Emotion.FEAR, expressions.fearful() * 100);
		emotions.put(Emotion.DISGUSTED, expressions.disgusted() * 100);
		emotions.put(Emotion.SURPRISED, expressions.surprised() * 100);
		emotions.put(Emotion.CONFUSED, 0.0);
		return emotions;
	}

	private static double clamp(double value, int max) {
		return Math.min(Math.max(value, 0), max);
	}

}
