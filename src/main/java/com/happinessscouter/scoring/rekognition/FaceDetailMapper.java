package com.happinessscouter.scoring.rekognition;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.rekognition.model.FaceDetail;

import com.happinessscouter.scoring.BoundingBox;
import com.happinessscouter.scoring.Emotion;
import com.happinessscouter.scoring.Face;
import com.happinessscouter.scoring.ImageSize;

/**
 * Maps a Rekognition {@link FaceDetail} to a {@link Face}.
 * <ul>
 * <li>Box: Rekognition gives ratios (0-1, possibly slightly outside for faces cut by the
 * edge) of the upright image; they are multiplied by its size. With an unknown size (0x0)
 * every coordinate is therefore 0.</li>
 * <li>Emotions: UNKNOWN (and types newer than this SDK) are ignored; missing ones are
 * 0.</li>
 * <li>Numbers: the SDK's floats are read through their shortest decimal form, so 99.5f is
 * 99.5, not 99.49999809.</li>
 * </ul>
 */
final class FaceDetailMapper {

	private FaceDetailMapper() {
	}

	static Face toFace(FaceDetail detail, ImageSize size) {
		boolean smiling = detail.smile() != null && Boolean.TRUE.equals(detail.smile().value());
		return new Face(toBox(detail.boundingBox(), size), exact(detail.confidence()), toEmotions(detail.emotions()),
				smiling);
	}

	private static BoundingBox toBox(software.amazon.awssdk.services.rekognition.model.BoundingBox box,
			ImageSize size) {
		if (box == null) {
			return new BoundingBox(0, 0, 0, 0);
		}
		double width = size.width();
		double height = size.height();
		return new BoundingBox(exact(box.left()) * width, exact(box.top()) * height, exact(box.width()) * width,
				exact(box.height()) * height);
	}

	private static Map<Emotion, Double> toEmotions(
			List<software.amazon.awssdk.services.rekognition.model.Emotion> emotions) {
		Map<Emotion, Double> mapped = new EnumMap<>(Emotion.class);
		for (software.amazon.awssdk.services.rekognition.model.Emotion emotion : emotions) {
			Emotion type = toEmotion(emotion.typeAsString());
			if (type != null) {
				mapped.merge(type, exact(emotion.confidence()), Math::max);
			}
		}
		return mapped;
	}

	/**
	 * Our emotion for Rekognition's type name; null for UNKNOWN and anything unexpected.
	 */
	private static Emotion toEmotion(String type) {
		if (type == null) {
			return null;
		}
		for (Emotion emotion : Emotion.values()) {
			if (emotion.name().equals(type)) {
				return emotion;
			}
		}
		return null;
	}

	private static double exact(Float value) {
		return (value != null && Float.isFinite(value)) ? Double.parseDouble(value.toString()) : 0;
	}

}
