package com.happinessscouter.scoring.offline;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.happinessscouter.scoring.Analysis;
import com.happinessscouter.scoring.BoundingBox;
import com.happinessscouter.scoring.Emotion;
import com.happinessscouter.scoring.Face;
import com.happinessscouter.scoring.ImageSize;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.happinessscouter.scoring.offline.TestPhotos.faces;
import static com.happinessscouter.scoring.offline.TestPhotos.photo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The analyzer against the figures of the original JavaScript library (face-api 1.7.15)
 * on the same photos.
 */
class OfflineFaceAnalyzerTest {

	/** 0.005 on face-api's 0-1 scale. */
	private static final Offset<Double> PROBABILITY = within(0.5);

	private static final Offset<Double> PIXEL = within(1.0);

	private static OfflineFaceAnalyzer analyzer;

	@BeforeAll
	static void loadModels() {
		analyzer = new OfflineFaceAnalyzer(OfflineAnalyzerSettings.defaults(), TestPhotos.IMAGES);
	}

	@Test
	void referencePhoto_matchesReferenceLibrary() {
		Analysis analysis = analyzer.analyze(photo(TestPhotos.bytes(TestPhotos.GRACE_HOPPER)));
		assertThat(((Analysis.Faces) analysis).size()).isEqualTo(new ImageSize(512, 512));
		List<Face> faces = faces(analysis);
		assertThat(faces).hasSize(1);
		Face face = faces.getFirst();
		assertBox(face.box(), 141.3, 116.2, 232.4, 221.2, PIXEL);
		assertThat(face.confidence()).isCloseTo(94.9, PROBABILITY);
		assertThat(face.emotion(Emotion.CALM)).isCloseTo(91.3, PROBABILITY);
		assertThat(face.emotion(Emotion.HAPPY)).isCloseTo(7.6, PROBABILITY);
		assertThat(face.emotion(Emotion.SAD)).isCloseTo(1.0, PROBABILITY);
		assertThat(face.emotion(Emotion.CONFUSED)).isZero();
		assertThat(face.smiling()).isFalse();
		assertThat(face.emotions().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(100,
				within(1e-6));
	}

	@Test
	void groupPhoto_matchesReferenceLibrary() {
		List<Face> faces = faces(analyzer.analyze(photo(TestPhotos.bytes(TestPhotos.SAMPLE3))));
		assertThat(faces).hasSize(3);
		assertThat(faces).isSortedAccordingTo(Comparator.comparingDouble((Face face) -> face.box().left()));
		assertThat(faces).extracting((face) -> face.emotion(Emotion.HAPPY))
			.satisfiesExactly((happy) -> assertThat(happy).isCloseTo(37.057, PROBABILITY),
					(happy) -> assertThat(happy).isCloseTo(99.987, PROBABILITY),
					(happy) -> assertThat(happy).isCloseTo(100.0, PROBABILITY));
		assertThat(faces).extracting(Face::smiling).containsExactly(false, true, true);
		assertBox(faces.get(1).box(), 1004.9, 252.4, 324.6, 275.5, PIXEL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "grace_hopper_exif_orientation_6.jpg", "grace_hopper_exif_orientation_8.jpg" })
	void exifRotatedPhoto_findsFaceWhereTheUprightPhotoHasIt(String name) {
		Analysis analysis = analyzer.analyze(photo(TestPhotos.bytes(name)));
		List<Face> faces = faces(analysis);
		assertThat(faces).hasSize(1);
		assertBox(faces.getFirst().box(), 141.3, 116.2, 232.4, 221.2, within(3.0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "grace_hopper_cmyk.jpg", "grace_hopper_grey.jpg" })
	void cmykAndGreyJpegs_areDecodedAndTheFaceFound(String name) {
		List<Face> faces = faces(analyzer.analyze(photo(TestPhotos.bytes(name))));
		assertThat(faces).hasSize(1);
		assertBox(faces.getFirst().box(), 141.3, 116.2, 232.4, 221.2, within(5.0));
		assertThat(faces.getFirst().emotion(Emotion.CALM)).isGreaterThan(50);
	}

	@Test
	void pngWithAlpha_isDecodedAndTheFaceFound() {
		Analysis analysis = analyzer.analyze(photo(TestPhotos.bytes("grace_hopper_alpha.png")));
		assertThat(((Analysis.Faces) analysis).size()).isEqualTo(new ImageSize(256, 256));
		List<Face> faces = faces(analysis);
		assertThat(faces).hasSize(1);
		assertBox(faces.getFirst().box(), 70.7, 58.1, 116.2, 110.6, within(3.0));
	}

	@Test
	void photoWithoutFaces_isNoFace() {
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
		Graphics2D graphics = image.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, Color.BLUE, 640, 480, Color.ORANGE));
		graphics.fillRect(0, 0, 640, 480);
		graphics.dispose();
		Analysis analysis = analyzer.analyze(photo(TestPhotos.encode(image, "jpg")));
		assertThat(analysis).isEqualTo(new Analysis.NoFace(new ImageSize(640, 480)));
	}

	@Test
	void concurrentAnalyses_giveTheSameResults() throws Exception {
		byte[] grace = TestPhotos.bytes(TestPhotos.GRACE_HOPPER);
		byte[] sample3 = TestPhotos.bytes(TestPhotos.SAMPLE3);
		Analysis graceAlone = analyzer.analyze(photo(grace));
		Analysis sample3Alone = analyzer.analyze(photo(sample3));
		try (ExecutorService executor = Executors.newFixedThreadPool(4)) {
			List<Future<Analysis>> results = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				byte[] bytes = (i % 2 == 0) ? grace : sample3;
				results.add(executor.submit(() -> analyzer.analyze(photo(bytes))));
			}
			for (int i = 0; i < results.size(); i++) {
				assertThat(results.get(i).get()).isEqualTo((i % 2 == 0) ? graceAlone : sample3Alone);
			}
		}
	}

	static void assertBox(BoundingBox box, double left, double top, double width, double height,
			Offset<Double> offset) {
		assertThat(box.left()).as("left").isCloseTo(left, offset);
		assertThat(box.top()).as("top").isCloseTo(top, offset);
		assertThat(box.width()).as("width").isCloseTo(width, offset);
		assertThat(box.height()).as("height").isCloseTo(height, offset);
	}

}
