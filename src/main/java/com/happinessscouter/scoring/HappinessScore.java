package com.happinessscouter.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The happiness "combat power" of one photo, as computed by {@link HappinessFormula}.
 *
 * @param power the score, never negative; one perfect smile alone is 550,000
 * @param faceCount how many faces the photo holds
 * @param smilingFaces how many of them smile
 * @param bestFaceIndex index (in {@link Analysis.Faces#faces()}) of the face that carries
 * the score, or -1 when there is no face
 * @param emotionShares each emotion's share of the photo's mood, 0-100, summing to 100
 * when there is at least one face with emotions (all 0 otherwise); iterates in
 * {@link Emotion} order
 */
public record HappinessScore(long power, int faceCount, int smilingFaces, int bestFaceIndex,
		Map<Emotion, Double> emotionShares) {

	public HappinessScore {
		if (power < 0) {
			throw new IllegalArgumentException("power must not be negative: " + power);
		}
		EnumMap<Emotion, Double> all = new EnumMap<>(Emotion.class);
		for (Emotion emotion : Emotion.values()) {
			all.put(emotion, emotionShares.getOrDefault(emotion, 0.0));
		}
		emotionShares = Collections.unmodifiableMap(all);
	}

	/** The score of a photo without any face: power 0, no best face, all shares 0. */
	public static HappinessScore none() {
		return new HappinessScore(0, 0, 0, -1, Map.of());
	}

	public double share(Emotion emotion) {
		return emotionShares.get(emotion);
	}

}
