package com.happinessscouter.scoring;

/**
 * An analysis and, when faces were found, its happiness score.
 *
 * @param analysis what the analyzer found
 * @param score the score for {@link Analysis.Faces}, else {@code null}
 * @param analyzer which analyzer answered ({@code offline} or {@code rekognition})
 */
public record ScoredPhoto(Analysis analysis, HappinessScore score, String analyzer) {
}
