package com.happinessscouter.webhook.inbox;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.support.ScouterIT;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The webhook's acknowledgement writes through DynamoDB connections of its own (a
 * bulkhead): background work shares a small pool, so it can neither take the ack's
 * connections nor put more than a few calls ahead of it.
 */
class WebhookConnectionsIT extends ScouterIT {

	@Autowired
	SingleTable single;

	@Autowired
	InboxProperties properties;

	@Autowired
	EventInbox sharedInbox;

	@Autowired
	DynamoDbClient background;

	@Autowired
	@Qualifier("webhookDynamoDbClient")
	DynamoDbClient webhook;

	@Autowired
	MeterRegistry meters;

	@Test
	void theAckWritesThroughTheWebhooksOwnClientNotTheBackgroundOne() {
		assertThat(this.webhook).isNotSameAs(this.background);
		Instant now = Instant.now();
		// due tomorrow: no sweeper takes this test event
		Instant later = now.plus(Duration.ofDays(1));
		String eventId = "01CONNECTIONS" + UUID.randomUUID();
		// background connections that lead nowhere: whatever uses them fails
		try (DynamoDbClient nowhere = DynamoDbClient.builder()
			.region(Region.AP_NORTHEAST_1)
			.endpointOverride(URI.create("http://127.0.0.1:9"))
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
			.overrideConfiguration((o) -> o.retryStrategy(RetryMode.STANDARD).apiCallTimeout(Duration.ofSeconds(3)))
			.build()) {
			EventInbox inbox = new EventInbox(
					new SingleTable(this.single.name(), nowhere,
							DynamoDbEnhancedClient.builder().dynamoDbClient(nowhere).build(), this.single.webhook()),
					this.properties);

			assertThat(inbox.record(eventId, "PhotoSent", "U-test", "{}", now, later)).isTrue();
			assertThatExceptionOfType(SdkClientException.class).as("background work uses the other client")
				.isThrownBy(() -> inbox.due(now, 1));
		}
		assertThat(this.sharedInbox.record(eventId, "PhotoSent", "U-test", "{}", now, later))
			.as("recorded in the table")
			.isFalse();
	}

	@Test
	void theAcksPutsAreTimedApartFromBackgroundCalls() {
		Instant now = Instant.now();
		long before = putsThrough("webhook");

		this.sharedInbox.record("01TIMED" + UUID.randomUUID(), "PhotoSent", "U-test", "{}", now,
				now.plus(Duration.ofDays(1)));

		assertThat(putsThrough("webhook")).as("timed as the ack's own put").isEqualTo(before + 1);
	}

	private long putsThrough(String connections) {
		return this.meters.find("app.aws.calls")
			.tag("service", "DynamoDb")
			.tag("operation", "PutItem")
			.tag("connections", connections)
			.timers()
			.stream()
			.mapToLong(Timer::count)
			.sum();
	}

}
