/**
 * Face analysis and the happiness score: one
 * {@link com.happinessscouter.scoring.FaceAnalyzer} interface with two implementations
 * (Amazon Rekognition; the offline model running in the JVM), chosen by
 * {@code app.analyzer}, and the {@link com.happinessscouter.scoring.HappinessFormula}
 * that turns every face into one "happiness power". Knows nothing of LINE or storage.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scoring", allowedDependencies = { "images" })
package com.happinessscouter.scoring;
