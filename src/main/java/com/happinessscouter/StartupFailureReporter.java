package com.happinessscouter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Prints why the app did not start: a missing setting as the one line
 * {@link MissingSettingsAnalyzer} made, anything else as Spring Boot would (description
 * and action). It runs before Spring Boot's own reporter and silences it, so that nothing
 * is printed twice.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupFailureReporter implements FailureAnalysisReporter {

	private static final String BOOTS_REPORTER = "org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter";

	private static final Logger log = LoggerFactory.getLogger(StartupFailureReporter.class);

	@Override
	public void report(FailureAnalysis analysis) {
		LoggingSystem.get(getClass().getClassLoader()).setLogLevel(BOOTS_REPORTER, LogLevel.OFF);
		if (analysis instanceof MissingSettingsAnalyzer.OneLine) {
			log.error(analysis.getDescription());
			return;
		}
		String action = (analysis.getAction() != null) ? String.format("%n%nAction:%n%n%s", analysis.getAction()) : "";
		log.error(String
			.format("%n%n***************************%nAPPLICATION FAILED TO START%n***************************"
					+ "%n%nDescription:%n%n%s%s%n", analysis.getDescription(), action));
	}

}
