package com.happinessscouter.retention;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Retention defaults and the sweeper.
 *
 * @param photoDays photos and records are kept this many days until an admin sets
 * otherwise
 * @param sweepInterval how often expired photos and records are deleted by the app
 * (emulators expire nothing; on AWS the lifecycle rule and TTL do it too)
 */
@Validated
@ConfigurationProperties("app.retention")
public record RetentionProperties(@Min(1) @Max(3650) int photoDays, @NotNull Duration sweepInterval) {
}
