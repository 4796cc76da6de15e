package com.happinessscouter.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.aws.Items;
import com.happinessscouter.aws.SingleTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks a console account for {@link #LOCK_FOR} after {@link #MAX_FAILURES} wrong
 * passwords in a row, for every instance: the failures are counted in the one table
 * ({@code LOGIN#name} / {@code FAILURES}, expiring with the lock).
 */
@Component
class LoginAttempts {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK_FOR = Duration.ofMinutes(15);

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final DynamoDbClient db;

	private final String table;

	private final Clock clock;

	LoginAttempts(SingleTable single, Clock clock) {
		this.db = single.client();
		this.table = single.name();
		this.clock = clock;
	}

	boolean locked(String username) {
		Map<String, AttributeValue> item = this.db
			.getItem((get) -> get.tableName(this.table).key(key(username)).consistentRead(true))
			.item();
		return Items.num(item, "failures") >= MAX_FAILURES
				&& Instant.ofEpochMilli(Items.num(item, "last")).plus(LOCK_FOR).isAfter(this.clock.instant());
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String name = event.getAuthentication().getName();
		Instant now = this.clock.instant();
		Map<String, AttributeValue> values = new HashMap<>(Map.of(":one", Items.n(1), ":now",
				Items.n(now.toEpochMilli()), ":stale", Items.n(now.minus(LOCK_FOR).toEpochMilli()), ":expires",
				Items.n(now.plus(LOCK_FOR).getEpochSecond())));
		long failures;
		try {
			failures = Items.num(
					this.db
						.updateItem((update) -> update.tableName(this.table)
							.key(key(name))
							.updateExpression("ADD failures :one SET #last = :now, " + SingleTable.EXPIRY_ATTRIBUTE
									+ " = :expires")
							.conditionExpression("attribute_not_exists(#last) OR #last > :stale")
							.expressionAttributeNames(Map.of("#last", "last"))
							.expressionAttributeValues(values)
							.returnValues(ReturnValue.UPDATED_NEW))
						.attributes(),
					"failures");
		}
		catch (ConditionalCheckFailedException longAgo) {
			Map<String, AttributeValue> fresh = new HashMap<>(key(name));
			fresh.put("failures", Items.n(1));
			fresh.put("last", Items.n(now.toEpochMilli()));
			fresh.put(SingleTable.EXPIRY_ATTRIBUTE, Items.n(now.plus(LOCK_FOR).getEpochSecond()));
			this.db.putItem((put) -> put.tableName(this.table).item(fresh));
			failures = 1;
		}
		if (failures == MAX_FAILURES) {
			log.warn("console account {} locked for {} after {} wrong passwords", normal(name), LOCK_FOR, MAX_FAILURES);
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.db.deleteItem((delete) -> delete.tableName(this.table).key(key(event.getAuthentication().getName())));
	}

	private static Map<String, AttributeValue> key(String username) {
		return KeySpace.LOGIN_FAILURES.key(normal(username));
	}

	private static String normal(String username) {
		String name = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return (name.length() > 128) ? name.substring(0, 128) : name;
	}

}
