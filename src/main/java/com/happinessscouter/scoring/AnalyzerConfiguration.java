package com.happinessscouter.scoring;

import com.happinessscouter.scoring.offline.OfflineAnalyzerSettings;
import com.happinessscouter.scoring.offline.OfflineFaceAnalyzer;
import com.happinessscouter.scoring.rekognition.RekognitionFaceAnalyzer;
import com.happinessscouter.scoring.rekognition.RekognitionSettings;
import software.amazon.awssdk.services.rekognition.RekognitionClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The analyzer {@code app.analyzer} names, and the happiness formula. */
@Configuration(proxyBeanMethods = false)
class AnalyzerConfiguration {

	@Bean
	FaceAnalyzer faceAnalyzer(ScoringProperties properties, ObjectProvider<RekognitionClient> rekognition) {
		ScoringProperties.Tuning tuning = properties.scoring();
		return switch (properties.analyzer()) {
			case OFFLINE -> new OfflineFaceAnalyzer(new OfflineAnalyzerSettings(tuning.offlineInputSize(),
					OfflineAnalyzerSettings.DEFAULT_SCORE_THRESHOLD, OfflineAnalyzerSettings.DEFAULT_MAX_PIXELS));
			case REKOGNITION ->
				new RekognitionFaceAnalyzer(rekognition.getObject(), new RekognitionSettings(tuning.rekognitionMaxTps(),
						tuning.rekognitionMaxRetries(), tuning.rekognitionBackoff()));
		};
	}

	@Bean
	HappinessFormula happinessFormula() {
		return new HappinessFormula();
	}

}
