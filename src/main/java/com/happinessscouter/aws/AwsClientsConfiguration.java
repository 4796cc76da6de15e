package com.happinessscouter.aws;

import java.net.URI;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.rekognition.RekognitionClient;
import software.amazon.awssdk.services.rekognition.RekognitionClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.S3Configuration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Primary;

/** The AWS SDK clients, pointed at the emulators when {@code aws.endpoint} is set. */
@Configuration(proxyBeanMethods = false)
class AwsClientsConfiguration {

	private static final int WEBHOOK_CONNECTIONS = 64;

	private final AwsProperties aws;

	private final AwsCallMetrics metrics;

	private final AwsCallMetrics webhookMetrics;

	AwsClientsConfiguration(AwsProperties aws, MeterRegistry registry, ObservationRegistry observations) {
		this.aws = aws;
		this.metrics = new AwsCallMetrics(registry, observations, "shared");
		this.webhookMetrics = new AwsCallMetrics(registry, observations, "webhook");
	}

	/**
	 * Every table call but the webhook's acknowledgement: at most
	 * {@code aws.dynamodb-background-connections} in flight, so a burst of background
	 * work never puts more than that many calls ahead of an acknowledgement at the
	 * database.
	 */
	@Bean(destroyMethod = "close")
	@Primary
	DynamoDbClient dynamoDbClient() {
		return dynamoDb(this.aws.dynamodbBackgroundConnections(), this.metrics);
	}

	/**
	 * The webhook's acknowledgement alone (a bulkhead): it never waits for a connection
	 * behind background work.
	 */
	@Bean(destroyMethod = "close")
	DynamoDbClient webhookDynamoDbClient() {
		return dynamoDb(WEBHOOK_CONNECTIONS, this.webhookMetrics);
	}

	private DynamoDbClient dynamoDb(int connections, AwsCallMetrics metrics) {
		DynamoDbClientBuilder builder = DynamoDbClient.builder()
			.region(Region.of(this.aws.region()))
			.credentialsProvider(credentials(this.aws.dynamodb()))
			.httpClientBuilder(http().maxConnections(connections))
			.overrideConfiguration(overrides(metrics));
		if (this.aws.dynamodb() != null) {
			builder.endpointOverride(this.aws.dynamodb());
		}
		return builder.build();
	}

	@Bean(destroyMethod = "close")
	S3Client s3Client() {
		S3ClientBuilder builder = S3Client.builder()
			.region(Region.of(this.aws.region()))
			.credentialsProvider(credentials(this.aws.s3()))
			.httpClientBuilder(http())
			.overrideConfiguration(overrides(this.metrics));
		if (this.aws.s3() != null) {
			builder.endpointOverride(this.aws.s3()).forcePathStyle(true);
		}
		return builder.build();
	}

	@Bean(destroyMethod = "close")
	S3Presigner s3Presigner() {
		S3Presigner.Builder builder = S3Presigner.builder()
			.region(Region.of(this.aws.region()))
			.credentialsProvider(credentials(this.aws.s3()));
		if (this.aws.s3() != null) {
			builder.endpointOverride(this.aws.s3())
				.serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
		}
		return builder.build();
	}

	/** Built only when the Rekognition analyzer asks for it; its own retries are off. */
	@Bean(destroyMethod = "close")
	@Lazy
	RekognitionClient rekognitionClient() {
		RekognitionClientBuilder builder = RekognitionClient.builder()
			.region(Region.of(this.aws.region()))
			.credentialsProvider(credentials(this.aws.rekognition()))
			.httpClientBuilder(http())
			.overrideConfiguration(ClientOverrideConfiguration.builder()
				.addExecutionInterceptor(this.metrics)
				.retryStrategy(AwsRetryStrategy.doNotRetry())
				.apiCallTimeout(Duration.ofSeconds(8))
				.build());
		if (this.aws.rekognition() != null) {
			builder.endpointOverride(this.aws.rekognition());
		}
		return builder.build();
	}

	/** Emulators get dummy static credentials; real AWS the default chain. */
	private static AwsCredentialsProvider credentials(URI endpoint) {
		if (endpoint != null) {
			return StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
		}
		return DefaultCredentialsProvider.builder().build();
	}

	private static ApacheHttpClient.Builder http() {
		return ApacheHttpClient.builder()
			.maxConnections(64)
			.connectionTimeout(Duration.ofSeconds(2))
			.socketTimeout(Duration.ofSeconds(10));
	}

	private static ClientOverrideConfiguration overrides(AwsCallMetrics metrics) {
		return ClientOverrideConfiguration.builder()
			.addExecutionInterceptor(metrics)
			.retryStrategy(RetryMode.STANDARD)
			.apiCallAttemptTimeout(Duration.ofSeconds(5))
			.apiCallTimeout(Duration.ofSeconds(15))
			.build();
	}

}
