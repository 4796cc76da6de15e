package com.happinessscouter.scoring.rekognition;

import static com.happinessscouter.scoring.rekognition.DetectFacesJson.face;
import static com.happinessscouter.scoring.rekognition.DetectFacesJson.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.time.Duration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.rekognition.RekognitionClient;

import com.happinessscouter.images.Images;
import com.happinessscouter.images.ImagesProperties;
import com.happinessscouter.images.TestImages;
import com.happinessscouter.scoring.Analysis;
import com.happinessscouter.scoring.BoundingBox;
import com.happinessscouter.scoring.FailureReason;
import com.happinessscouter.scoring.PhotoToAnalyze;

/** Shared fixtures of the Rekognition analyzer tests. */
final class RekognitionTestSupport {

	static final PhotoToAnalyze PHOTO = new PhotoToAnalyze(TestImages.png(1000, 800), "scouter-photos",
			"guests/U123/msg-456.jpg");

	/** The header reader with the default pixel budget (40 megapixels). */
	static final Images IMAGES = new Images(new ImagesProperties(40_000_000L, 256));

	static final String ONE_SMILE = response(face(0.1, 0.2, 0.25, 0.3, 99.9, true, "HAPPY", 98.0));

	private RekognitionTestSupport() {
	}

	/** The real client, pointed at a fake endpoint, with the SDK's own retries off. */
	static RekognitionClient client(URI endpoint, Duration attemptTimeout) {
		return RekognitionClient.builder()
			.endpointOverride(endpoint)
			.region(Region.AP_NORTHEAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")))
			.overrideConfiguration(
					(c) -> c.retryStrategy(AwsRetryStrategy.doNotRetry()).apiCallAttemptTimeout(attemptTimeout))
			.build();
	}

	/** 1000 TPS (the limiter never waits here), 100 ms base backoff. */
	static RekognitionFaceAnalyzer analyzer(RekognitionClient client, int maxRetries, TimeSource time) {
		return new RekognitionFaceAnalyzer(client, new RekognitionSettings(1000, maxRetries, Duration.ofMillis(100)),
				IMAGES, time);
	}

	static void assertFailed(Analysis analysis, FailureReason reason, String detail) {
		assertThat(analysis).isInstanceOf(Analysis.Failed.class);
		assertThat(((Analysis.Failed) analysis).reason()).isEqualTo(reason);
		assertThat(((Analysis.Failed) analysis).detail()).contains(detail);
	}

	static void assertBox(BoundingBox box, double left, double top, double width, double height) {
		assertThat(box.left()).isCloseTo(left, within(1e-9));
		assertThat(box.top()).isCloseTo(top, within(1e-9));
		assertThat(box.width()).isCloseTo(width, within(1e-9));
		assertThat(box.height()).isCloseTo(height, within(1e-9));
	}

}
