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
 * Prints a missing setting as the one line {@link MissingSettingsAnalyzer} made, and
 * silences Spring Boot's own reporter for that failure only (it runs first); any other
 * failure is left to Spring Boot's reporter.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupFailureReporter implements FailureAnalysisReporter {

	private static final String BOOTS_REPORTER = "org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter";

	private static final Logger log = LoggerFactory.getLogger(StartupFailureReporter.class);

	@Override
	public void report(FailureAnalysis analysis) {
		if (analysis instanceof MissingSettingsAnalyzer.OneLine) {
			LoggingSystem.get(getClass().getClassLoader()).setLogLevel(BOOTS_REPORTER, LogLevel.OFF);
			log.error(analysis.getDescription());
		}
	}

}
