package com.happinessscouter.submission;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxPhotoBytes larger photos are refused with a kind reply
 * @param nearDuplicateDistance within an event, a photo whose perceptual hash is at most
 * this many bits (of 64) from an earlier one's is a repeat (0-3: four 16-bit blocks make
 * the lookup exact up to 3)
 */
@Validated
@ConfigurationProperties("app.submission")
public record SubmissionProperties(@Min(1024) @Max(200L * 1024 * 1024) long maxPhotoBytes,
		@Min(0) @Max(3) int nearDuplicateDistance) {
}
