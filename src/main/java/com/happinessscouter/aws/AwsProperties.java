package com.happinessscouter.aws;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the AWS services are.
 *
 * @param region the AWS region ({@code AWS_REGION})
 * @param endpoint optional endpoint override for every service (an emulator such as
 * LocalStack)
 * @param dynamodbEndpoint optional override for DynamoDB alone (dynalite in local runs)
 * @param s3Endpoint optional override for S3 alone (S3Mock in local runs)
 * @param rekognitionEndpoint optional override for Rekognition alone (tests)
 * @param dynamodbBackgroundConnections table calls in flight at once for everything but
 * the webhook's acknowledgement, which has connections of its own
 * @param healthCache the stores' health (a table read, a bucket HEAD) is probed at most
 * once per this; {@code /actuator/health} and the status page answer from it in between
 */
@Validated
@ConfigurationProperties("aws")
public record AwsProperties(@NotBlank(message = "aws.region (AWS_REGION) must be set") String region, URI endpoint,
		URI dynamodbEndpoint, URI s3Endpoint, URI rekognitionEndpoint,
		@Min(1) @Max(256) int dynamodbBackgroundConnections, @NotNull Duration healthCache) {

	URI dynamodb() {
		return (this.dynamodbEndpoint != null) ? this.dynamodbEndpoint : this.endpoint;
	}

	URI s3() {
		return (this.s3Endpoint != null) ? this.s3Endpoint : this.endpoint;
	}

	URI rekognition() {
		return (this.rekognitionEndpoint != null) ? this.rekognitionEndpoint : this.endpoint;
	}

}
