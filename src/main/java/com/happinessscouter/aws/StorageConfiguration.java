package com.happinessscouter.aws;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one table and the photo bucket, created first when {@code app.provision-on-start}.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean
	SingleTable singleTable(StorageProperties storage, DynamoDbClient dynamoDb,
			@Qualifier("webhookDynamoDbClient") DynamoDbClient webhookDynamoDb, S3Client s3) {
		if (storage.provisionOnStart()) {
			new StorageProvisioner(dynamoDb, s3).provision(storage.dynamodb().table(), storage.s3().bucket());
		}
		DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(dynamoDb).build();
		return new SingleTable(storage.dynamodb().table(), dynamoDb, enhanced,
				DynamoDbEnhancedClient.builder().dynamoDbClient(webhookDynamoDb).build());
	}

	@Bean
	PhotoBucket photoBucket(StorageProperties storage) {
		return new PhotoBucket(storage.s3().bucket());
	}

	@Bean
	HealthIndicator dynamoDbHealthIndicator(DynamoDbClient dynamoDb, StorageProperties storage, AwsProperties aws,
			Clock clock, MeterRegistry meters) {
		return new CachedHealth("dynamoDb", StorageHealth.table(dynamoDb, storage.dynamodb().table()),
				aws.healthCache(), clock, meters);
	}

	@Bean
	HealthIndicator photoBucketHealthIndicator(S3Client s3, PhotoBucket bucket, AwsProperties aws, Clock clock,
			MeterRegistry meters) {
		return new CachedHealth("photoBucket", StorageHealth.bucket(s3, bucket.name()), aws.healthCache(), clock,
				meters);
	}

	@Bean
	BucketLifecycle bucketLifecycle(S3Client s3, PhotoBucket bucket) {
		return new BucketLifecycle(s3, bucket);
	}

}
