package com.happinessscouter.scoring;

import java.util.EnumMap;
import java.util.Map;

/**
 * One detected face.
 *
 * @param box where the face is, in pixels of the upright image
 * @param confidence detection confidence, 0-100
 * @param emotions confidence of each emotion, 0-100 (every {@link Emotion} present)
 * @param smiling whether the face smiles
 */
public record Face(BoundingBox box, double confidence, Map<Emotion, Double> emotions, boolean smiling) {

	public Face {
		EnumMap<Emotion, Double> all = new EnumMap<>(Emotion.class);
		for (Emotion emotion : Emotion.values()) {
			all.put(emotion, emotions.getOrDefault(emotion, 0.0));
		}
		emotions = Map.copyOf(all);
	}

	public double emotion(Emotion emotion) {
		return emotions.get(emotion);
	}

}
