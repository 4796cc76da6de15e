package com.happinessscouter.scoring;

/**
 * Finds faces and their expressions in a photo. Two implementations: Amazon Rekognition
 * and the offline model running in the JVM. Implementations are thread-safe and never
 * throw for a bad photo: they answer {@link Analysis.Failed}.
 */
public interface FaceAnalyzer {

	Analysis analyze(PhotoToAnalyze photo);

}
