package com.happinessscouter.aws;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Makes every AWS call a span of the current trace, and times it as
 * {@code app.aws.calls{service, operation, outcome, connections}}: outcome {@code ok},
 * {@code throttled} (DynamoDB or Rekognition throttling, S3 slow-down) or {@code error};
 * connections {@code webhook} for the acknowledgement's own DynamoDB client, else
 * {@code shared}. Counting calls by operation is how the benchmarks show that no request
 * path scans; throttled calls feed the alarms.
 */
final class AwsCallMetrics implements ExecutionInterceptor {

	private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("app.aws.started");

	private static final ExecutionAttribute<Observation> SPAN = new ExecutionAttribute<>("app.aws.span");

	private final MeterRegistry registry;

	private final ObservationRegistry observations;

	private final String connections;

	private final Map<String, Timer> timers = new ConcurrentHashMap<>();

	AwsCallMetrics(MeterRegistry registry, ObservationRegistry observations, String connections) {
		this.registry = registry;
		this.observations = observations;
		this.connections = connections;
	}

	@Override
	public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
		attributes.putAttribute(STARTED, System.nanoTime());
		String service = String.valueOf(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME));
		attributes.putAttribute(SPAN,
				Observation.createNotStarted("app.span.aws", this.observations)
					.contextualName(service + " " + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))
					.lowCardinalityKeyValue("aws.service", service)
					.start());
	}

	@Override
	public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
		record(attributes, "ok");
		attributes.getAttribute(SPAN).stop();
	}

	@Override
	public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
		boolean throttled = context.exception() instanceof AwsServiceException service
				&& service.isThrottlingException();
		record(attributes, throttled ? "throttled" : "error");
		Observation span = attributes.getAttribute(SPAN);
		if (span != null) {
			span.error(context.exception());
			span.stop();
		}
	}

	/**
	 * One timer per service, operation and outcome, built once: every call goes through
	 * here, the webhook's durable write included.
	 */
	private void record(ExecutionAttributes attributes, String outcome) {
		Long started = attributes.getAttribute(STARTED);
		String service = String.valueOf(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME));
		String operation = String.valueOf(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
		this.timers
			.computeIfAbsent(service + " " + operation + " " + outcome,
					(name) -> Timer.builder("app.aws.calls")
						.description("AWS SDK calls by service, operation, outcome and client connections")
						.tags("service", service, "operation", operation, "outcome", outcome, "connections",
								this.connections)
						.register(this.registry))
			.record((started != null) ? System.nanoTime() - started : 0, TimeUnit.NANOSECONDS);
	}

}
