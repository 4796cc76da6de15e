package com.happinessscouter.scoring.offline;

import java.util.Comparator;
import java.util.List;

import com.happinessscouter.scoring.Emotion;
import com.happinessscouter.scoring.Face;
import org.junit.jupiter.api.Test;

import static com.happinessscouter.scoring.offline.TestPhotos.faces;
import static com.happinessscouter.scoring.offline.TestPhotos.photo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What {@code bench/reference-compare.sh} times on the JVM side is the analyzer's own
 * work: the same faces and expressions from the decoded pixels.
 */
class PixelAnalysisTest {

	private static final OfflineAnalyzerSettings SETTINGS = OfflineAnalyzerSettings.defaults();

	@Test
	void analyze_findsTheFacesAndExpressionsOfTheAnalyzer() throws PhotoRejectedException {
		byte[] jpeg = TestPhotos.encode(AnalyzerBenchmark.fiveFaces(), "jpg");
		List<Face> expected = faces(new OfflineFaceAnalyzer(SETTINGS, TestPhotos.IMAGES).analyze(photo(jpeg)));
		RgbImage image = new PhotoDecoder(TestPhotos.IMAGES).decode(jpeg).image();

		List<PixelAnalysis.FoundFace> found = new PixelAnalysis(SETTINGS).analyze(image)
			.stream()
			.sorted(Comparator.comparingDouble(PixelAnalysis.FoundFace::x))
			.toList();

		assertThat(found).hasSize(5).hasSameSizeAs(expected);
		for (int i = 0; i < found.size(); i++) {
			assertThat(found.get(i).x()).isCloseTo(expected.get(i).box().left(), within(1e-9));
			assertThat(found.get(i).width()).isCloseTo(expected.get(i).box().width(), within(1e-9));
			assertThat(found.get(i).expressions()[1] * 100).isCloseTo(expected.get(i).emotions().get(Emotion.HAPPY),
					within(1e-9));
		}
	}

	@Test
	void tiles_onlyForACrowdShot() {
		PixelAnalysis analysis = new PixelAnalysis(SETTINGS);

		assertThat(analysis.tiles(Rasters.toRgb(CrowdPhotoTest.crowd(100)))).isTrue();
		assertThat(analysis.tiles(Rasters.toRgb(AnalyzerBenchmark.fiveFaces()))).isFalse();
	}

}
