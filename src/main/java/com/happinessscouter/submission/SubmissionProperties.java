package com.happinessscouter.submission;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxPhotoBytes larger photos are refused with a kind reply (default 20 MB)
 * @param retention how long photos and their records are kept
 */
@Validated
@ConfigurationProperties("app.submission")
public record SubmissionProperties(@Min(1024) @Max(200L * 1024 * 1024) @DefaultValue("20971520") long maxPhotoBytes,
		@NotNull @DefaultValue("90d") Duration retention) {
}
