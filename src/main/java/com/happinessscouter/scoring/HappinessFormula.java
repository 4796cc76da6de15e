package com.happinessscouter.scoring;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the faces of a photo into a {@link HappinessScore}. Stateless, thread-safe and
 * deterministic (same faces in the same order, same score).
 *
 * <h2>Formula</h2> For each face {@code i} (emotions and confidences are 0-100): <pre>
 * happy(i)     = HAPPY(i) - 0.5 x (SAD + ANGRY + FEAR + DISGUSTED + CONFUSED)(i), at least 0
 * confidence(i)= (detection confidence - 50) / 40, clamped to 0..1   (full weight from 90)
 * size(i)      = sqrt(box area / image area) / 0.10, clamped to 0..1 (full weight when the
 *                face's side is at least 10% of the image's; 1 when the image size is unknown)
 * weight(i)    = max(0.05, confidence(i) x size(i))
 * facePower(i) = weight(i) x happy(i) x 5,500
 * </pre> The photo's power is that of its best face plus a group bonus for the others
 * that smile: <pre>
 * best  = the face with the highest facePower (the first one on a tie)
 * bonus = min(275,000, 0.25 x sum of facePower(j) over smiling faces j other than best)
 * power = round(facePower(best) + bonus)
 * </pre> So a lone perfect smile (HAPPY 100, no negative emotion, detection confidence of
 * 90 or more, face side at least 10% of the image's) is 550,000 like the original ("HAPPY
 * confidence x 5,500"), a smiling group can reach 825,000, and faces that do not smile
 * add nothing: twenty neutral faces stay far below a single smile.
 * <p>
 * {@code emotionShares}: each face's emotions are scaled to sum to 100, then averaged
 * over the faces with the same {@code weight(i)} (faces whose emotions are all 0 are left
 * out).
 *
 * <h2>Worked example</h2> A 1920x1080 photo with four faces: <pre>
 * A 400x400 px, confidence 99.9, HAPPY 92, CALM 5, SURPRISED 3, smiling
 *   weight 1, happy 92, power 506,000
 * B 200x200 px, confidence 99.5, HAPPY 80, SAD 10, CALM 10, smiling
 *   weight 1, happy 80 - 0.5 x 10 = 75, power 412,500
 * C 72x72 px (side 5% of the image: size 0.5), confidence 70 (0.5), HAPPY 60, CALM 40, smiling
 *   weight 0.25, happy 60, power 82,500
 * D 150x150 px, confidence 99, HAPPY 2, CALM 90, CONFUSED 8, not smiling
 *   weight 1, happy max(0, 2 - 0.5 x 8) = 0, power 0
 * best = A; bonus = min(275,000, 0.25 x (412,500 + 82,500)) = 123,750
 * power = 506,000 + 123,750 = 629,750; 4 faces, 3 smiling, best face index 0
 * shares (weights 1, 1, 0.25, 1; total 3.25): HAPPY 189/3.25 = 58.2, CALM 115/3.25 = 35.4,
 *   SAD 10/3.25 = 3.1, CONFUSED 8/3.25 = 2.5, SURPRISED 3/3.25 = 0.9, others 0
 * </pre>
 */
public final class HappinessFormula {

	/**
	 * Power per point of HAPPY confidence: the original's scale, a perfect smile is
	 * 550,000.
	 */
	public static final double POWER_PER_HAPPY_POINT = 5_500;

	/** Each point of a negative emotion removes this many HAPPY points from a face. */
	public static final double NEGATIVE_PENALTY = 0.5;

	/** The emotions that lower a face's power. */
	public static final Set<Emotion> NEGATIVE_EMOTIONS = EnumSet.of(Emotion.SAD, Emotion.ANGRY, Emotion.FEAR,
			Emotion.DISGUSTED, Emotion.CONFUSED);

	/** Detection confidence at or below which a face gets the minimum weight. */
	public static final double ZERO_WEIGHT_CONFIDENCE = 50;

	/** Detection confidence from which a face counts fully. */
	public static final double FULL_WEIGHT_CONFIDENCE = 90;

	/** Face side (sqrt of its area share of the image) from which a face counts fully. */
	public static final double FULL_WEIGHT_SIZE_RATIO = 0.10;

	/** The least a detected face ever weighs. */
	public static final double MIN_FACE_WEIGHT = 0.05;

	/** Share of the other smiling faces' power added as the group bonus. */
	public static final double GROUP_BONUS_SHARE = 0.25;

	/** The group bonus never exceeds half a perfect smile. */
	public static final double GROUP_BONUS_CAP = 275_000;

	public HappinessScore score(Analysis.Faces faces) {
		List<Face> list = faces.faces();
		if (list.isEmpty()) {
			return HappinessScore.none();
		}
		double[] weights = new double[list.size()];
		double[] powers = new double[list.size()];
		for (int i = 0; i < list.size(); i++) {
			weights[i] = weight(list.get(i), faces.size());
			powers[i] = weights[i] * happy(list.get(i)) * POWER_PER_HAPPY_POINT;
		}
		int best = indexOfMax(powers);
		long power = Math.max(0, Math.round(powers[best] + groupBonus(list, powers, best)));
		int smiling = (int) list.stream().filter(Face::smiling).count();
		return new HappinessScore(power, list.size(), smiling, best, shares(list, weights));
	}

	static double happy(Face face) {
		double negative = 0;
		for (Emotion emotion : NEGATIVE_EMOTIONS) {
			negative += face.emotion(emotion);
		}
		return Math.max(0, face.emotion(Emotion.HAPPY) - NEGATIVE_PENALTY * negative);
	}

	static double weight(Face face, ImageSize size) {
		double confidence = clamp(
				(face.confidence() - ZERO_WEIGHT_CONFIDENCE) / (FULL_WEIGHT_CONFIDENCE - ZERO_WEIGHT_CONFIDENCE));
		return Math.max(MIN_FACE_WEIGHT, confidence * sizeFactor(face.box(), size));
	}

	private static double sizeFactor(BoundingBox box, ImageSize size) {
		double imageArea = (double) size.width() * size.height();
		if (imageArea <= 0) {
			return 1;
		}
		double faceArea = Math.max(0, box.width()) * Math.max(0, box.height());
		double side = Math.sqrt(Math.min(1, faceArea / imageArea));
		return clamp(side / FULL_WEIGHT_SIZE_RATIO);
	}

	private static double groupBonus(List<Face> faces, double[] powers, int best) {
		double others = 0;
		for (int i = 0; i < faces.size(); i++) {
			if (i != best && faces.get(i).smiling()) {
				others += powers[i];
			}
		}
		return Math.min(GROUP_BONUS_CAP, GROUP_BONUS_SHARE * others);
	}

	private static Map<Emotion, Double> shares(List<Face> faces, double[] weights) {
		Map<Emotion, Double> sums = new EnumMap<>(Emotion.class);
		double totalWeight = 0;
		for (int i = 0; i < faces.size(); i++) {
			Face face = faces.get(i);
			double faceTotal = emotionTotal(face);
			if (faceTotal <= 0) {
				continue;
			}
			for (Emotion emotion : Emotion.values()) {
				sums.merge(emotion, weights[i] * face.emotion(emotion) / faceTotal, Double::sum);
			}
			totalWeight += weights[i];
		}
		double scale = totalWeight > 0 ? 100 / totalWeight : 0;
		sums.replaceAll((emotion, sum) -> sum * scale);
		return sums;
	}

	/**
	 * Sums in {@link Emotion} order: {@code Face.emotions()} iterates in no fixed order.
	 */
	private static double emotionTotal(Face face) {
		double total = 0;
		for (Emotion emotion : Emotion.values()) {
			total += face.emotion(emotion);
		}
		return total;
	}

	private static int indexOfMax(double[] values) {
		int best = 0;
		for (int i = 1; i < values.length; i++) {
			if (values[i] > values[best]) {
				best = i;
			}
		}
		return best;
	}

	private static double clamp(double value) {
		return Math.max(0, Math.min(1, value));
	}

}
