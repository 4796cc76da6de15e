package com.happinessscouter.aws;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.happinessscouter.support.Browsers;
import com.happinessscouter.support.ScouterIT;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public health answer is a bare status from a short cache; the probes cost no store
 * call; an admin sees each dependency, a host does not, and only an admin reads metrics.
 * A dead store shows as DOWN.
 */
class HealthIT extends ScouterIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MeterRegistry meters;

	@Test
	void publicHealth_isABareStatus_andCallsTheStoresAtMostOncePerCachePeriod() throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			JsonNode first = JSON.readTree(get(http, "actuator/health").body());
			assertThat(first.path("status").asText()).isEqualTo("UP");
			assertThat(first.has("components")).isFalse();
			assertThat(first.has("details")).isFalse();
			double before = probes();
			for (int i = 0; i < 30; i++) {
				assertThat(get(http, "actuator/health").statusCode()).isEqualTo(200);
			}
			assertThat(probes() - before).as("two stores, each at most once more").isLessThanOrEqualTo(2);
		}
	}

	@Test
	void livenessAndReadiness_callNoStore() throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			double before = probes();
			for (int i = 0; i < 30; i++) {
				assertThat(get(http, "actuator/health/liveness").statusCode()).isEqualTo(200);
				assertThat(get(http, "actuator/health/readiness").statusCode()).isEqualTo(200);
			}
			assertThat(probes()).isEqualTo(before);
		}
	}

	@Test
	void anAdminSeesEachDependencyAndMetrics_aHostNeither() throws Exception {
		BrowserContext admin = Browsers.english();
		try {
			Browsers.signIn(admin, base(), "admin", "admin", "status");
			JsonNode components = JSON.readTree(admin.request().get(base() + "actuator/health").text())
				.path("components");
			assertThat(components.path("dynamoDb").path("status").asText()).isEqualTo("UP");
			assertThat(components.path("dynamoDb").path("details").path("table").asText()).isEqualTo("scouter-it");
			assertThat(components.path("photoBucket").path("status").asText()).isEqualTo("UP");
			assertThat(components.path("line").path("status").asText()).isIn("UP", "UNKNOWN");
			assertThat(admin.request().get(base() + "actuator/metrics").status()).isEqualTo(200);
		}
		finally {
			admin.close();
		}
		BrowserContext host = Browsers.english();
		try {
			Browsers.signIn(host, base(), "host", "host", "dashboard");
			JsonNode health = JSON.readTree(host.request().get(base() + "actuator/health").text());
			assertThat(health.path("status").asText()).isEqualTo("UP");
			assertThat(health.has("components")).isFalse();
			APIResponse metrics = host.request().get(base() + "actuator/metrics");
			assertThat(metrics.status()).isEqualTo(403);
		}
		finally {
			host.close();
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

	private double probes() {
		return this.meters.find("app.health.probes").counters().stream().mapToDouble((c) -> c.count()).sum();
	}

	private static HttpResponse<String> get(HttpClient http, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static int deadPort() {
		return com.happinessscouter.support.Emulators.freePort();
	}

}
