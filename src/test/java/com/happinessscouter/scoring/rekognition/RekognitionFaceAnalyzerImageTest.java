package com.happinessscouter.scoring.rekognition;

import static com.happinessscouter.scoring.rekognition.RekognitionTestSupport.ONE_SMILE;
import static com.happinessscouter.scoring.rekognition.RekognitionTestSupport.assertBox;
import static com.happinessscouter.scoring.rekognition.RekognitionTestSupport.assertFailed;
import static com.happinessscouter.scoring.rekognition.RekognitionTestSupport.client;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.rekognition.RekognitionClient;

import com.happinessscouter.images.TestImages;
import com.happinessscouter.scoring.Analysis;
import com.happinessscouter.scoring.Emotion;
import com.happinessscouter.scoring.FailureReason;
import com.happinessscouter.scoring.ImageSize;
import com.happinessscouter.scoring.PhotoToAnalyze;

/**
 * How the photo's own bytes shape the analysis: size, orientation, checks before calling.
 */
class RekognitionFaceAnalyzerImageTest {

	private FakeRekognition rekognition;

	private RekognitionClient client;

	@BeforeEach
	void start() throws Exception {
		this.rekognition = new FakeRekognition();
		this.client = client(this.rekognition.endpoint(), Duration.ofSeconds(5));
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.rekognition.close();
	}

	@Test
	void exifRotatedJpeg_boxesInUprightPixels() {
		this.rekognition.succeed(ONE_SMILE);
		byte[] portrait = TestImages.jpeg(4000, 3000, 6, false, 0xC0);

		Analysis analysis = analyzer(0).analyze(new PhotoToAnalyze(portrait, "b", "k"));

		Analysis.Faces faces = (Analysis.Faces) analysis;
		assertThat(faces.size()).isEqualTo(new ImageSize(3000, 4000));
		assertBox(faces.faces().get(0).box(), 300, 800, 750, 1200);
	}

	@Test
	void notAnImage_orTooSmall_failWithoutCallingRekognition() {
		RekognitionFaceAnalyzer analyzer = analyzer(3);

		assertFailed(analyzer.analyze(new PhotoToAnalyze("GIF89a".getBytes(), "b", "k")),
				FailureReason.UNREADABLE_IMAGE, "neither JPEG nor PNG");
		assertFailed(analyzer.analyze(new PhotoToAnalyze(TestImages.png(79, 500), "b", "k")),
				FailureReason.IMAGE_TOO_SMALL, "79x500");
		assertThat(this.rekognition.requests()).isEmpty();
	}

	@Test
	void overThePixelBudget_failsAsTooLargeWithoutCallingRekognition() {
		byte[] bomb = TestImages.progressiveBomb(65_500, 65_500);

		assertFailed(analyzer(3).analyze(new PhotoToAnalyze(bomb, "b", "k")), FailureReason.IMAGE_TOO_LARGE,
				"65500x65500");
		assertThat(this.rekognition.requests()).isEmpty();
	}

	@Test
	void pngWithAnExifOrientation_boxesInStoredPixels() {
		this.rekognition.succeed(ONE_SMILE);
		byte[] png = TestImages.withChunk(TestImages.png(4000, 3000), "eXIf", TestImages.tiff(6, false));

		Analysis.Faces faces = (Analysis.Faces) analyzer(0).analyze(new PhotoToAnalyze(png, "b", "k"));

		assertThat(faces.size()).as("Rekognition does not turn PNGs").isEqualTo(new ImageSize(4000, 3000));
	}

	@Test
	void unknownSize_boxesAreZero() {
		this.rekognition.succeed(ONE_SMILE);

		Analysis.Faces faces = (Analysis.Faces) analyzer(3).analyze(new PhotoToAnalyze(null, "b", "k"));

		assertThat(faces.size()).isEqualTo(new ImageSize(0, 0));
		assertBox(faces.faces().get(0).box(), 0, 0, 0, 0);
		assertThat(faces.faces().get(0).emotion(Emotion.HAPPY)).isEqualTo(98.0);
	}

	private RekognitionFaceAnalyzer analyzer(int maxRetries) {
		return RekognitionTestSupport.analyzer(this.client, maxRetries, new FakeTime(true));
	}

}
