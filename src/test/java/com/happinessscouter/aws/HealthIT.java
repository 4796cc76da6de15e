package com.happinessscouter.aws;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.happinessscouter.support.ScouterIT;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** The health endpoint names each dependency, and a dead one shows as DOWN. */
class HealthIT extends ScouterIT {

	@Test
	void healthListsEachDependency() throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			String body = http
				.send(HttpRequest.newBuilder(URI.create(base() + "actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			JsonNode components = new ObjectMapper().readTree(body).path("components");
			assertThat(components.path("dynamoDb").path("status").asText()).isEqualTo("UP");
			assertThat(components.path("photoBucket").path("status").asText()).isEqualTo("UP");
			assertThat(components.path("line").path("status").asText()).isIn("UP", "UNKNOWN");
		}
	}

	@Test
	void anUnreachableStoreIsDown() {
		URI nowhere = URI.create("http://127.0.0.1:" + deadPort());
		ClientOverrideConfiguration fast = ClientOverrideConfiguration.builder()
			.apiCallTimeout(Duration.ofSeconds(2))
			.build();
		StaticCredentialsProvider credentials = StaticCredentialsProvider
			.create(AwsBasicCredentials.create("local", "local"));
		try (DynamoDbClient db = DynamoDbClient.builder()
			.endpointOverride(nowhere)
			.region(Region.AP_NORTHEAST_1)
			.credentialsProvider(credentials)
			.overrideConfiguration(fast)
			.build();
				S3Client s3 = S3Client.builder()
					.endpointOverride(nowhere)
					.forcePathStyle(true)
					.region(Region.AP_NORTHEAST_1)
					.credentialsProvider(credentials)
					.overrideConfiguration(fast)
					.build()) {
			assertThat(StorageHealth.table(db, "scouter-it").health().getStatus()).isEqualTo(Status.DOWN);
			assertThat(StorageHealth.bucket(s3, "scouter-it").health().getStatus()).isEqualTo(Status.DOWN);
		}
	}

	private static int deadPort() {
		return com.happinessscouter.support.Emulators.freePort();
	}

}
