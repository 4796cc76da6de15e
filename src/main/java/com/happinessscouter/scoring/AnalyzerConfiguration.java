package com.happinessscouter.scoring;

import com.happinessscouter.images.Images;
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
	FaceAnalyzer faceAnalyzer(ScoringProperties properties, ObjectProvider<RekognitionClient> rekognition,
			Images images) {
		ScoringProperties.Tuning tuning = properties.scoring();
		return switch (properties.analyzer()) {
			case OFFLINE -> new OfflineFaceAnalyzer(new OfflineAnalyzerSettings(tuning.offlineInputSize(),
					OfflineAnalyzerSettings.DEFAULT_SCORE_THRESHOLD), images);
			case REKOGNITION ->
				new RekognitionFaceAnalyzer(rekognition.getObject(), new RekognitionSettings(tuning.rekognitionMaxTps(),
						tuning.rekognitionMaxRetries(), tuning.rekognitionBackoff()), images);
		};
	}

	@Bean
	HappinessFormula happinessFormula() {
		return new HappinessFormula();
	}

}
