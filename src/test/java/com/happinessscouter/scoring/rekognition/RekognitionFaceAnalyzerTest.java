package com.happinessscouter.scoring.rekognition;

import static com.happinessscouter.scoring.rekognition.DetectFacesJson.face;
import static com.happinessscouter.scoring.rekognition.DetectFacesJson.response;
import static com.happinessscouter.scoring.rekognition.RekognitionTestSupport.ONE_SMILE;
import static com.happinessscouter.scoring.rekognition.RekognitionTestSupport.PHOTO;
import static com.happinessscouter.scoring.rekognition.RekognitionTestSupport.assertBox;
import static com.happinessscouter.scoring.rekognition.RekognitionTestSupport.assertFailed;
import static com.happinessscouter.scoring.rekognition.RekognitionTestSupport.client;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.rekognition.RekognitionClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.happinessscouter.scoring.Analysis;
import com.happinessscouter.scoring.Emotion;
import com.happinessscouter.scoring.Face;
import com.happinessscouter.scoring.FailureReason;
import com.happinessscouter.scoring.ImageSize;

class RekognitionFaceAnalyzerTest {

	private FakeRekognition rekognition;

	private RekognitionClient client;

	private final FakeTime time = new FakeTime(true);

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
	void multiFace_mapsEveryFace_inPixels_ignoringUnknown() {
		this.rekognition.succeed(response(
				face(0.1, 0.2, 0.25, 0.3, 99.99, true, "HAPPY", 96.5, "CALM", 2.0, "UNKNOWN", 0.5, "SURPRISED", 1.0),
				face(0.5, 0.5, 0.1, 0.125, 88.5, false, "SAD", 60.0, "CONFUSED", 30.0, "UNKNOWN", 10.0), face(-0.02,
						0.9, 0.05, 0.125, 75.25, null, "FEAR", 40.0, "DISGUSTED", 20.0, "ANGRY", 20.0, "CALM", 20.0)));

		Analysis analysis = analyzer(3).analyze(PHOTO);

		assertThat(analysis).isInstanceOf(Analysis.Faces.class);
		Analysis.Faces faces = (Analysis.Faces) analysis;
		assertThat(faces.size()).isEqualTo(new ImageSize(1000, 800));
		assertThat(faces.faces()).hasSize(3);
		Face first = faces.faces().get(0);
		assertBox(first.box(), 100, 160, 250, 240);
		assertThat(first.confidence()).isEqualTo(99.99);
		assertThat(first.smiling()).isTrue();
		assertThat(first.emotions()).containsEntry(Emotion.HAPPY, 96.5)
			.containsEntry(Emotion.CALM, 2.0)
			.containsEntry(Emotion.SURPRISED, 1.0)
			.containsEntry(Emotion.SAD, 0.0)
			.hasSize(Emotion.values().length);
		Face second = faces.faces().get(1);
		assertBox(second.box(), 500, 400, 100, 100);
		assertThat(second.smiling()).isFalse();
		assertThat(second.emotions()).containsEntry(Emotion.SAD, 60.0).containsEntry(Emotion.CONFUSED, 30.0);
		Face third = faces.faces().get(2);
		assertBox(third.box(), -20, 720, 50, 100);
		assertThat(third.confidence()).isEqualTo(75.25);
		assertThat(third.smiling()).isFalse();
		assertThat(third.emotions()).containsEntry(Emotion.FEAR, 40.0).containsEntry(Emotion.HAPPY, 0.0);
	}

	@Test
	void noFace_answersNoFace() {
		this.rekognition.succeed(response());

		assertThat(analyzer(3).analyze(PHOTO)).isEqualTo(new Analysis.NoFace(new ImageSize(1000, 800)));
	}

	@Test
	void request_carriesS3ObjectAndAllAttributes_neverBytes() throws Exception {
		this.rekognition.succeed(response());

		analyzer(3).analyze(PHOTO);

		FakeRekognition.Recorded request = this.rekognition.requests().get(0);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/");
		assertThat(request.target()).isEqualTo("RekognitionService.DetectFaces");
		assertThat(request.contentType()).startsWith(FakeRekognition.CONTENT_TYPE);
		JsonNode json = new ObjectMapper().readTree(request.body());
		assertThat(json.at("/Image/S3Object/Bucket").asText()).isEqualTo("scouter-photos");
		assertThat(json.at("/Image/S3Object/Name").asText()).isEqualTo("guests/U123/msg-456.jpg");
		assertThat(json.at("/Image/Bytes").isMissingNode()).isTrue();
		assertThat(json.get("Attributes").toString()).isEqualTo("[\"ALL\"]");
	}

	@Test
	void throttledTwice_thenSucceeds() {
		this.rekognition.fail(400, "ThrottlingException", "Rate exceeded")
			.fail(400, "ThrottlingException", "Rate exceeded")
			.succeed(ONE_SMILE);

		Analysis analysis = analyzer(3).analyze(PHOTO);

		assertThat(analysis).isInstanceOf(Analysis.Faces.class);
		assertThat(this.rekognition.requests()).hasSize(3);
		List<Duration> sleeps = this.time.sleeps();
		assertThat(sleeps).hasSize(2);
		assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
		assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
	}

	@Test
	void provisionedThroughputExceeded_exhaustsRetries_serviceUnavailable() {
		for (int i = 0; i < 4; i++) {
			this.rekognition.fail(400, "ProvisionedThroughputExceededException", "Slow down");
		}

		Analysis analysis = analyzer(3).analyze(PHOTO);

		assertFailed(analysis, FailureReason.SERVICE_UNAVAILABLE, "ProvisionedThroughputExceededException");
		assertThat(((Analysis.Failed) analysis).detail()).contains("4 attempts");
		assertThat(this.rekognition.requests()).hasSize(4);
		assertThat(this.time.sleeps()).hasSize(3);
		assertThat(this.time.sleeps().get(2)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
	}

	@Test
	void internalServerError_isRetried() {
		this.rekognition.fail(500, "InternalServerError", "Oops").succeed(ONE_SMILE);

		assertThat(analyzer(3).analyze(PHOTO)).isInstanceOf(Analysis.Faces.class);
		assertThat(this.rekognition.requests()).hasSize(2);
	}

	@Test
	void attemptTimeout_isRetried() {
		this.client.close();
		this.client = client(this.rekognition.endpoint(), Duration.ofMillis(300));
		this.rekognition.reply(200, ONE_SMILE, Duration.ofSeconds(3)).succeed(ONE_SMILE);

		assertThat(analyzer(3).analyze(PHOTO)).isInstanceOf(Analysis.Faces.class);
		assertThat(this.rekognition.requests()).hasSize(2);
	}

	@Test
	void invalidImageFormat_unreadableImage_withoutRetry() {
		this.rekognition.fail(400, "InvalidImageFormatException", "Request has invalid image format");

		assertFailed(analyzer(3).analyze(PHOTO), FailureReason.UNREADABLE_IMAGE, "InvalidImageFormatException");
		assertThat(this.rekognition.requests()).hasSize(1);
	}

	@Test
	void imageTooLarge_imageTooLarge() {
		this.rekognition.fail(400, "ImageTooLargeException", "Image size is too large");

		assertFailed(analyzer(3).analyze(PHOTO), FailureReason.IMAGE_TOO_LARGE, "ImageTooLargeException");
	}

	@Test
	void accessDenied_andInvalidS3Object_serviceUnavailable_withDetail() {
		this.rekognition.fail(400, "AccessDeniedException", "User is not authorized")
			.fail(400, "InvalidS3ObjectException", "Unable to get object metadata from S3");
		RekognitionFaceAnalyzer analyzer = analyzer(3);

		assertFailed(analyzer.analyze(PHOTO), FailureReason.SERVICE_UNAVAILABLE, "AccessDeniedException");
		assertFailed(analyzer.analyze(PHOTO), FailureReason.SERVICE_UNAVAILABLE, "Unable to get object metadata");
		assertThat(this.rekognition.requests()).hasSize(2);
	}

	private RekognitionFaceAnalyzer analyzer(int maxRetries) {
		return RekognitionTestSupport.analyzer(this.client, maxRetries, this.time);
	}

}
