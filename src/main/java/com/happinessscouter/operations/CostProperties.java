package com.happinessscouter.operations;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Prices for the cost page, in USD. Defaults: AWS list prices for Asia Pacific (Tokyo),
 * ap-northeast-1, from the public pricing pages (aws.amazon.com/rekognition/pricing,
 * /s3/pricing, /dynamodb/pricing/on-demand) as last checked in 2025; set your region's
 * and today's in {@code app.cost.*}.
 *
 * @param rekognitionPerImage DetectFaces, per image (first million a month)
 * @param s3PerGbMonth S3 Standard storage, per GB-month
 * @param s3PerThousandPuts PUT requests, per 1,000
 * @param s3PerThousandGets GET requests, per 1,000
 * @param dynamodbPerMillionWrites on-demand write request units, per million
 * @param dynamodbPerMillionReads on-demand read request units, per million
 * @param linePerPush LINE pushes beyond the plan's free messages (0 on a fixed plan)
 */
@Validated
@ConfigurationProperties("app.cost")
public record CostProperties(@NotNull BigDecimal rekognitionPerImage, @NotNull BigDecimal s3PerGbMonth,
		@NotNull BigDecimal s3PerThousandPuts, @NotNull BigDecimal s3PerThousandGets,
		@NotNull BigDecimal dynamodbPerMillionWrites, @NotNull BigDecimal dynamodbPerMillionReads,
		@NotNull BigDecimal linePerPush) {
}
