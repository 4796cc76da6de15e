package com.happinessscouter;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * A required setting that is missing or wrong (a validated
 * {@code @ConfigurationProperties} record refused it) becomes one line naming the setting
 * and its environment variable, instead of a page of binding details (printed by
 * {@link StartupFailureReporter}).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class MissingSettingsAnalyzer extends AbstractFailureAnalyzer<BindValidationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, BindValidationException cause) {
		List<ObjectError> errors = cause.getValidationErrors().getAllErrors();
		String problems = errors.stream()
			.map((error) -> problem(cause.getValidationErrors().getName().toString(), error))
			.distinct()
			.collect(Collectors.joining("; "));
		return new OneLine("Happiness Scouter cannot start: " + problems
				+ " (set the environment variable, or the setting in application.yml)", cause);
	}

	private static String problem(String prefix, ObjectError error) {
		String property = (error instanceof FieldError field) ? prefix + "." + dashed(field.getField()) : prefix;
		String message = error.getDefaultMessage();
		if (message != null && message.contains(property)) {
			return message;
		}
		return property + " (" + environmentVariable(property) + ") " + message;
	}

	private static String dashed(String path) {
		return java.util.Arrays.stream(path.split("\\."))
			.map(DataObjectPropertyName::toDashedForm)
			.collect(Collectors.joining("."));
	}

	/** {@code app.console.users[0].name} -> {@code APP_CONSOLE_USERS_0_NAME}. */
	static String environmentVariable(String property) {
		return property.replace("]", "").replaceAll("[.\\[-]", "_").toUpperCase(Locale.ROOT);
	}

	/** An analysis that is one line (no action part). */
	static final class OneLine extends FailureAnalysis {

		OneLine(String line, Throwable cause) {
			super(line, null, cause);
		}

	}

}
