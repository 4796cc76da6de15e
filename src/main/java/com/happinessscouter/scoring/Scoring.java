package com.happinessscouter.scoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Service;

/**
 * Scores a photo: the configured analyzer finds the faces, the {@link HappinessFormula}
 * turns them into one happiness power. Analyses run on the {@link AnalysisThreads}: at
 * most {@code app.scoring.max-concurrent} at once (the offline model is CPU-bound;
 * Rekognition has a TPS quota), at a lower CPU priority than the webhook.
 */
@Service
public class Scoring {

	private final FaceAnalyzer analyzer;

	private final HappinessFormula formula;

	private final AnalysisThreads threads;

	private final String analyzerName;

	private final Timer latency;

	private final MeterRegistry meters;

	private final AnalyzerHealth health;

	private final ObservationRegistry observations;

	Scoring(FaceAnalyzer analyzer, HappinessFormula formula, ScoringProperties properties, MeterRegistry meters,
			AnalyzerHealth health, ObservationRegistry observations, AnalysisThreads threads) {
		this.health = health;
		this.observations = observations;
		this.analyzer = analyzer;
		this.formula = formula;
		this.threads = threads;
		this.analyzerName = properties.analyzer().name().toLowerCase(java.util.Locale.ROOT);
		this.meters = meters;
		this.latency = Timer.builder("app.analyzer.latency")
			.description("Time to analyse one photo")
			.tag("analyzer", this.analyzerName)
			.publishPercentiles(0.5, 0.95, 0.99)
			.register(meters);
	}

	public ScoredPhoto score(PhotoToAnalyze photo) {
		Analysis analysis = analyze(photo);
		String result = outcome(analysis);
		this.meters.counter("app.analyzer.results", "analyzer", this.analyzerName, "result", result).increment();
		this.health.analysed(this.analyzerName, result);
		HappinessScore score = (analysis instanceof Analysis.Faces faces) ? this.formula.score(faces) : null;
		return new ScoredPhoto(analysis, score, this.analyzerName);
	}

	private Analysis analyze(PhotoToAnalyze photo) {
		Observation observation = Observation.createNotStarted("app.span.analyzer", this.observations)
			.contextualName("analyze " + this.analyzerName);
		return this.latency.record(() -> observation.observe(() -> this.threads.run(() -> {
			// the analysis thread continues this trace (Rekognition's calls are its
			// spans)
			try (Observation.Scope scope = observation.openScope()) {
				return this.analyzer.analyze(photo);
			}
		})));
	}

	private static String outcome(Analysis analysis) {
		return switch (analysis) {
			case Analysis.Faces faces -> "faces";
			case Analysis.NoFace none -> "no_face";
			case Analysis.Failed failed -> failed.reason().name().toLowerCase(java.util.Locale.ROOT);
		};
	}

}
