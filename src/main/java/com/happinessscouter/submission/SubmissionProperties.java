package com.happinessscouter.submission;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxPhotoBytes larger photos are refused with a kind reply (default 20 MB)
 */
@Validated
@ConfigurationProperties("app.submission")
public record SubmissionProperties(@Min(1024) @Max(200L * 1024 * 1024) @DefaultValue("20971520") long maxPhotoBytes) {
}
