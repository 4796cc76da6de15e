package com.happinessscouter.aws;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Times every AWS call as {@code app.aws.calls{service, operation, outcome}}: outcome
 * {@code ok}, {@code throttled} (DynamoDB or Rekognition throttling, S3 slow-down) or
 * {@code error}. Counting calls by operation is how the benchmarks show that no request
 * path scans; throttled calls feed the alarms.
 */
final class AwsCallMetrics implements ExecutionInterceptor {

	private static final ExecutionAttribute<Long> STARTED = new ExecutionAttribute<>("app.aws.started");

	private final MeterRegistry registry;

	AwsCallMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
		attributes.putAttribute(STARTED, System.nanoTime());
	}

	@Override
	public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
		record(attributes, "ok");
	}

	@Override
	public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
		boolean throttled = context.exception() instanceof AwsServiceException service
				&& service.isThrottlingException();
		record(attributes, throttled ? "throttled" : "error");
	}

	private void record(ExecutionAttributes attributes, String outcome) {
		Long started = attributes.getAttribute(STARTED);
		Timer.builder("app.aws.calls")
			.description("AWS SDK calls by service, operation and outcome")
			.tag("service", String.valueOf(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME)))
			.tag("operation", String.valueOf(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME)))
			.tag("outcome", outcome)
			.register(this.registry)
			.record((started != null) ? System.nanoTime() - started : 0, TimeUnit.NANOSECONDS);
	}

}
