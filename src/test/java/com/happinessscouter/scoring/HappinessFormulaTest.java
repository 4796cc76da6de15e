package com.happinessscouter.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HappinessFormulaTest {

	private static final ImageSize FULL_HD = new ImageSize(1920, 1080);

	private final HappinessFormula formula = new HappinessFormula();

	@Test
	void singlePerfectSmile_is550000() {
		HappinessScore score = score(face(400, 99.9, true, Emotion.HAPPY, 100));

		assertThat(score.power()).isEqualTo(550_000L);
		assertThat(score.faceCount()).isEqualTo(1);
		assertThat(score.smilingFaces()).isEqualTo(1);
		assertThat(score.bestFaceIndex()).isZero();
		assertThat(score.share(Emotion.HAPPY)).isEqualTo(100.0);
	}

	@Test
	void happy50_onALoneCleanFace_is275000() {
		HappinessScore score = score(face(400, 99.9, true, Emotion.HAPPY, 50, Emotion.CALM, 50));

		assertThat(score.power()).isEqualTo(275_000L);
	}

	@Test
	void groupOfFiveSmilingFaces_beatsItsBestFaceAlone() {
		Face best = face(300, 99, true, Emotion.HAPPY, 95, Emotion.CALM, 5);
		Face other = face(300, 99, true, Emotion.HAPPY, 85, Emotion.CALM, 15);

		long alone = score(best).power();
		long group = score(best, other, other, other, other).power();

		assertThat(group).isGreaterThan(alone);
		assertThat(group).isEqualTo(522_500L + 275_000L);
	}

	@Test
	void twentyNeutralFaces_stayBelowOnePerfectSmile() {
		Face neutral = face(200, 99.9, false, Emotion.CALM, 90, Emotion.HAPPY, 5, Emotion.SURPRISED, 5);
		List<Face> crowd = Collections.nCopies(20, neutral);

		long crowdPower = formula.score(new Analysis.Faces(FULL_HD, crowd)).power();
		long smile = score(face(400, 99.9, true, Emotion.HAPPY, 100)).power();

		assertThat(crowdPower).isLessThan(smile).isEqualTo(27_500L);
	}

	@Test
	void sadness_lowersTheScore() {
		long clean = score(face(400, 99.9, true, Emotion.HAPPY, 70, Emotion.CALM, 30)).power();
		long sad = score(face(400, 99.9, true, Emotion.HAPPY, 70, Emotion.SAD, 30)).power();

		assertThat(sad).isLessThan(clean).isEqualTo(302_500L);
	}

	@Test
	void negativeEmotionsNeverMakeTheScoreNegative() {
		HappinessScore score = score(face(400, 99.9, false, Emotion.ANGRY, 60, Emotion.DISGUSTED, 40));

		assertThat(score.power()).isZero();
	}

	@Test
	void tinyFaces_countLess() {
		long large = score(face(400, 99.9, true, Emotion.HAPPY, 100)).power();
		long tiny = score(face(40, 99.9, true, Emotion.HAPPY, 100)).power();

		assertThat(tiny).isLessThan(large / 2);
	}

	@Test
	void lowConfidenceFaces_countLess() {
		long sure = score(face(400, 99.9, true, Emotion.HAPPY, 100)).power();
		long unsure = score(face(400, 70, true, Emotion.HAPPY, 100)).power();

		assertThat(unsure).isEqualTo(sure / 2);
	}

	@Test
	void unknownImageSize_appliesNoSizePenalty() {
		Face face = face(40, 99.9, true, Emotion.HAPPY, 100);

		long power = formula.score(new Analysis.Faces(new ImageSize(0, 0), List.of(face))).power();

		assertThat(power).isEqualTo(550_000L);
	}

	@Test
	void sameFaces_sameScore() {
		List<Face> faces = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			faces.add(face(60 + 7 * i, 55 + i, i % 3 == 0, Emotion.HAPPY, 3.3 * i, Emotion.SAD, 1.7 * i, Emotion.CALM,
					100 - 5 * i, Emotion.SURPRISED, 0.1 * i));
		}

		HappinessScore first = formula.score(new Analysis.Faces(FULL_HD, faces));
		HappinessScore second = formula.score(new Analysis.Faces(FULL_HD, List.copyOf(faces)));

		assertThat(second).isEqualTo(first);
	}

	@Test
	void shares_sumTo100() {
		HappinessScore score = score(face(400, 99.9, true, Emotion.HAPPY, 40, Emotion.CALM, 20),
				face(80, 75, false, Emotion.SAD, 33, Emotion.FEAR, 11, Emotion.ANGRY, 7), face(200, 99, false));

		double total = score.emotionShares().values().stream().mapToDouble(Double::doubleValue).sum();
		assertThat(total).isCloseTo(100.0, within(1e-9));
		assertThat(score.emotionShares()).containsOnlyKeys(Emotion.values());
	}

	@Test
	void noFace_scoresNone() {
		HappinessScore score = formula.score(new Analysis.Faces(FULL_HD, List.of()));

		assertThat(score).isEqualTo(HappinessScore.none());
		assertThat(score.bestFaceIndex()).isEqualTo(-1);
		assertThat(score.emotionShares().values()).containsOnly(0.0);
	}

	/** The worked example of the {@link HappinessFormula} javadoc and the README. */
	@Test
	void workedExample() {
		HappinessScore score = score(face(400, 99.9, true, Emotion.HAPPY, 92, Emotion.CALM, 5, Emotion.SURPRISED, 3),
				face(200, 99.5, true, Emotion.HAPPY, 80, Emotion.SAD, 10, Emotion.CALM, 10),
				face(72, 70, true, Emotion.HAPPY, 60, Emotion.CALM, 40),
				face(150, 99, false, Emotion.HAPPY, 2, Emotion.CALM, 90, Emotion.CONFUSED, 8));

		assertThat(score.power()).isEqualTo(629_750L);
		assertThat(score.faceCount()).isEqualTo(4);
		assertThat(score.smilingFaces()).isEqualTo(3);
		assertThat(score.bestFaceIndex()).isZero();
		assertThat(score.share(Emotion.HAPPY)).isCloseTo(58.2, within(0.05));
		assertThat(score.share(Emotion.CALM)).isCloseTo(35.4, within(0.05));
		assertThat(score.share(Emotion.SAD)).isCloseTo(3.1, within(0.05));
		assertThat(score.share(Emotion.CONFUSED)).isCloseTo(2.5, within(0.05));
		assertThat(score.share(Emotion.SURPRISED)).isCloseTo(0.9, within(0.05));
		assertThat(score.share(Emotion.FEAR)).isZero();
	}

	private HappinessScore score(Face... faces) {
		return formula.score(new Analysis.Faces(FULL_HD, List.of(faces)));
	}

	/**
	 * A square face of {@code side} px; {@code emotions} alternates emotion, confidence.
	 */
	private static Face face(double side, double confidence, boolean smiling, Object... emotions) {
		Map<Emotion, Double> map = new EnumMap<>(Emotion.class);
		for (int i = 0; i < emotions.length; i += 2) {
			map.put((Emotion) emotions[i], ((Number) emotions[i + 1]).doubleValue());
		}
		return new Face(new BoundingBox(10, 10, side, side), confidence, map, smiling);
	}

}
