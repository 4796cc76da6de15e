package com.happinessscouter.scoring;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How photos are scored.
 *
 * @param analyzer {@code offline} (the model in the JVM) or {@code rekognition}
 * ({@code APP_ANALYZER})
 * @param maxConcurrent analyses running at once
 * @param offline the offline model's settings
 * @param rekognition Amazon Rekognition's settings
 */
@Validated
@ConfigurationProperties("app")
public record ScoringProperties(@NotNull AnalyzerKind analyzer, @Valid @NotNull Tuning scoring) {

	public int maxConcurrent() {
		return this.scoring.maxConcurrent();
	}

	/** Which analyzer scores photos. */
	public enum AnalyzerKind {

		OFFLINE, REKOGNITION

	}

	/**
	 * @param maxConcurrent analyses running at once
	 * @param offlineInputSize the face detector's input size (416; 608 finds smaller
	 * faces)
	 * @param rekognitionMaxTps calls per second to Rekognition (account quota: 5-50)
	 * @param rekognitionMaxRetries retries after throttling or a server error
	 * @param rekognitionBackoff the first retry's wait (doubles each time)
	 * @param analysisPriority the analysis threads' CPU priority next to the webhook's
	 */
	public record Tuning(@Min(1) @Max(64) int maxConcurrent, @Min(128) @Max(1024) int offlineInputSize,
			@DecimalMin("0.1") double rekognitionMaxTps, @Min(0) @Max(10) int rekognitionMaxRetries,
			@NotNull Duration rekognitionBackoff, @NotNull AnalysisPriority analysisPriority) {
	}

}
