package com.happinessscouter.scoring.offline;

/**
 * Settings of the {@link OfflineFaceAnalyzer}.
 *
 * @param inputSize side in pixels of the square the face detector works on; a multiple of
 * 32 (416 by default; 608 finds smaller faces and is about twice as slow)
 * @param scoreThreshold the detector score (0-1) a face must exceed to be reported
 */
public record OfflineAnalyzerSettings(int inputSize, double scoreThreshold) {

	/** The default detector input size. */
	public static final int DEFAULT_INPUT_SIZE = 416;

	/** The default score threshold: 0.5 lets false boxes between close faces through. */
	public static final double DEFAULT_SCORE_THRESHOLD = 0.6;

	public OfflineAnalyzerSettings {
		if (inputSize < 32 || inputSize > 2048 || inputSize % 32 != 0) {
			throw new IllegalArgumentException("inputSize must be a multiple of 32 in [32, 2048]: " + inputSize);
		}
		if (!(scoreThreshold > 0 && scoreThreshold < 1)) {
			throw new IllegalArgumentException("scoreThreshold must be in (0, 1): " + scoreThreshold);
		}
	}

	/** The defaults: input 416, score threshold 0.6. */
	public static OfflineAnalyzerSettings defaults() {
		return new OfflineAnalyzerSettings(DEFAULT_INPUT_SIZE, DEFAULT_SCORE_THRESHOLD);
	}

}
