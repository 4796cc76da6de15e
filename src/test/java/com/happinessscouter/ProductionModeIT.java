package com.happinessscouter;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.stream.Stream;

import com.happinessscouter.support.Emulators;
import jakarta.servlet.MultipartConfigElement;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app as an operator runs it: production settings (no local profile). The
 * {@code --provision} command creates the stores without a web server and exits 0 (twice:
 * idempotent); the server then starts on them, is healthy, and has no simulator.
 */
class ProductionModeIT {

	private static final Emulators EMULATORS = Emulators.shared();

	private static final String[] SETTINGS = { "--line.channel-secret=secret", "--line.channel-token=token",
			"--aws.dynamodb-endpoint=" + EMULATORS.dynamodbEndpoint(), "--aws.s3-endpoint=" + EMULATORS.s3Endpoint(),
			"--app.dynamodb.table=production-it", "--app.s3.bucket=production-it", "--app.console.users[0].name=admin",
			"--app.console.users[0].password={bcrypt}$2a$10$xWLtuIb/uk0ZBq7m2RBxxeUqQdkKuLnWeeh4tOmkogt.JAdhpIL6e",
			"--app.console.users[0].role=ADMIN", "--spring.main.banner-mode=off", "--spring.jmx.enabled=false",
			// 20 warm-up rounds, as in the other tests, not the 1,000 of production (19
			// s)
			"--app.webhook.warm-up-requests=20" };

	@Test
	void provisionThenServe() throws Exception {
		// LINE unreachable (nothing listens on port 9): the rich menu step says so and
		// the command still succeeds; tests never call the real LINE
		String[] args = Stream
			.concat(Stream.of("--provision", "--line.api-url=http://localhost:9/",
					"--line.data-api-url=http://localhost:9/"), Arrays.stream(SETTINGS))
			.toArray(String[]::new);
		Emulators emulators = EMULATORS;

		assertThat(HappinessScouterApplication.provision(args)).isZero();
		assertThat(HappinessScouterApplication.provision(args)).as("idempotent").isZero();

		try (DynamoDbClient db = DynamoDbClient.builder()
			.region(Region.AP_NORTHEAST_1)
			.endpointOverride(emulators.dynamodbEndpoint())
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
			.build()) {
			assertThat(db.describeTable((d) -> d.tableName("production-it")).table().globalSecondaryIndexes())
				.hasSize(1);
		}

		int port = Emulators.freePort();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HappinessScouterApplication.class)
			.run(Stream.concat(Stream.of("--server.port=" + port), Arrays.stream(SETTINGS)).toArray(String[]::new));
				HttpClient http = HttpClient.newHttpClient()) {
			assertThat(get(http, port, "actuator/health/liveness")).isEqualTo(200);
			assertThat(get(http, port, "actuator/health/readiness")).isEqualTo(200);
			assertThat(get(http, port, "v2/bot/profile/U1")).as("no fake LINE API").isIn(302, 401, 403, 404);
			assertThat(app.containsBean("simulatorLedger")).isFalse();
			assertThat(app.getBean(MultipartConfigElement.class).getMaxRequestSize()).as("no 64 MB uploads")
				.isEqualTo(1024 * 1024);
		}
	}

	private static int get(HttpClient http, int port, String path) throws Exception {
		return http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path)).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
