package com.happinessscouter.operations;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Alarm thresholds; each is checked every {@code interval} (rates are per interval).
 *
 * @param interval how often the rules are evaluated
 * @param serverErrors HTTP 5xx answers per interval at or above which the alarm fires
 * @param analyzerErrors failed analyses per interval
 * @param quotaRemaining LINE pushes left this month at or below which it fires
 * @param dynamodbThrottles throttled DynamoDB calls per interval
 * @param queueDepth events waiting in memory
 * @param heapUsedPercent JVM heap still in use after the last collection (old
 * generation), percent of its maximum
 */
@Validated
@ConfigurationProperties("app.alarms")
public record AlarmProperties(@NotNull Duration interval, @Min(1) long serverErrors, @Min(1) long analyzerErrors,
		@Min(0) long quotaRemaining, @Min(1) long dynamodbThrottles, @Min(1) long queueDepth,
		@Min(1) @Max(100) long heapUsedPercent) {
}
