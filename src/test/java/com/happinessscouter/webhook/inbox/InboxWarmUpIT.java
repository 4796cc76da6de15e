package com.happinessscouter.webhook.inbox;

import java.time.Instant;
import java.util.Map;

import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.support.ScouterIT;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app warms its webhook before it reports ready: signed verification requests to its
 * own {@code /callback}, and a put through the ack's connections that stores nothing.
 */
class InboxWarmUpIT extends ScouterIT {

	@Autowired
	EventInbox inbox;

	@Autowired
	SingleTable single;

	@Autowired
	DynamoDbClient db;

	@Autowired
	InboxProperties properties;

	@Autowired
	MeterRegistry meters;

	@Test
	void theWebhookWasCalledSignedAtStartAndAnsweredVerified() {
		assertThat(this.properties.warmUpRequests()).isPositive();
		assertThat(this.meters.counter("app.webhook.requests", "outcome", "verification").count())
			.as("verification requests answered 200 since start")
			.isGreaterThanOrEqualTo(this.properties.warmUpRequests());
	}

	@Test
	void theWarmUpPutStoresNothing() {
		this.inbox.warmUp(Instant.now());
		this.inbox.warmUp(Instant.now());

		Map<String, AttributeValue> item = this.db.getItem((get) -> get.tableName(this.single.name())
			.consistentRead(true)
			.key(Map.of(SingleTable.PARTITION_KEY,
					AttributeValue.fromS(EventInbox.partitionKey(EventInbox.WARM_UP_EVENT)), SingleTable.SORT_KEY,
					AttributeValue.fromS("EVENT"))))
			.item();
		assertThat(item).as("no inbox item for the warm-up").isNullOrEmpty();
	}

}
