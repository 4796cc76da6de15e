package com.happinessscouter.scoring.rekognition;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard {@link RekognitionFaceAnalyzer} may push Amazon Rekognition.
 *
 * @param maxTps most DetectFaces calls per second from this process, retries included
 * (the account's quota is per region, shared by every instance: divide it between them)
 * @param maxRetries retries after the first attempt for throttling, 5xx and network
 * errors
 * @param baseBackoff backoff before the first retry; doubles with each retry (capped at
 * {@link RekognitionFaceAnalyzer#MAX_BACKOFF}), with "equal jitter": half fixed, half
 * random
 */
public record RekognitionSettings(double maxTps, int maxRetries, Duration baseBackoff) {

	public RekognitionSettings {
		if (!(maxTps > 0) || Double.isInfinite(maxTps)) {
			throw new IllegalArgumentException("maxTps must be positive and finite: " + maxTps);
		}
		if (maxRetries < 0) {
			throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
		}
		Objects.requireNonNull(baseBackoff, "baseBackoff");
		if (baseBackoff.isNegative()) {
			throw new IllegalArgumentException("baseBackoff must not be negative: " + baseBackoff);
		}
	}

	/** 5 TPS (the lowest regional default quota for DetectFaces), 3 retries, 200 ms. */
	public static RekognitionSettings defaults() {
		return new RekognitionSettings(5, 3, Duration.ofMillis(200));
	}

}
