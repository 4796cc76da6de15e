package com.happinessscouter.aws;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The app's storage: the one DynamoDB table and the photo bucket.
 *
 * @param dynamodb the table settings
 * @param s3 the bucket settings
 * @param provisionOnStart create the table and bucket at start-up when missing (local
 * runs and tests; production uses the provision command)
 */
@Validated
@ConfigurationProperties("app")
public record StorageProperties(@Valid @NotNull Dynamodb dynamodb, @Valid @NotNull S3 s3, boolean provisionOnStart) {

	/**
	 * @param table the one table ({@code APP_DYNAMODB_TABLE})
	 */
	public record Dynamodb(@NotBlank(message = "app.dynamodb.table (APP_DYNAMODB_TABLE) must be set") String table) {
	}

	/**
	 * @param bucket the photo bucket ({@code APP_S3_BUCKET})
	 */
	public record S3(@NotBlank(message = "app.s3.bucket (APP_S3_BUCKET) must be set") String bucket) {
	}

}
