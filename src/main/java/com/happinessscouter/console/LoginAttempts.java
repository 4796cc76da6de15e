package com.happinessscouter.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.happinessscouter.audit.AuditAction;
import com.happinessscouter.audit.AuditEntry;
import com.happinessscouter.audit.AuditLog;
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
 * Wrong console passwords, counted per (user name, client address) in the one table
 * ({@code LOGIN#name} / {@code FROM#address}, expiring), so every instance sees them.
 * After {@code free-failures} the pair must wait, twice as long after each further
 * failure, and is refused meanwhile: a stranger slows down only their own address, never
 * the user elsewhere. Names that are not console users are not counted (nothing stored).
 * A success clears the pair; an admin can clear any pair on the status page.
 */
@Component
public class LoginAttempts {

	private static final String FROM = KeySpace.LOGIN_FAILURES.sk("");

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final DynamoDbClient db;

	private final String table;

	private final ConsoleProperties users;

	private final LoginThrottleProperties settings;

	private final Clock clock;

	private final AuditLog audit;

	LoginAttempts(SingleTable single, ConsoleProperties users, LoginThrottleProperties settings, Clock clock,
			AuditLog audit) {
		this.db = single.client();
		this.table = single.name();
		this.users = users;
		this.settings = settings;
		this.clock = clock;
		this.audit = audit;
	}

	/** How long this pair must still wait before a password is checked (zero: none). */
	Duration waitFor(String name, String address) {
		if (!known(name)) {
			return Duration.ZERO;
		}
		Map<String, AttributeValue> item = this.db
			.getItem((get) -> get.tableName(this.table).key(key(name, address)).consistentRead(true))
			.item();
		if (item == null || item.isEmpty()) {
			return Duration.ZERO;
		}
		Duration left = Duration.between(this.clock.instant(), until(item));
		return left.isNegative() ? Duration.ZERO : left;
	}

	/** Every counted pair of every console user, for admins. */
	public List<LoginThrottle> throttles() {
		List<LoginThrottle> throttles = new ArrayList<>();
		for (ConsoleProperties.User user : this.users.users()) {
			this.db
				.queryPaginator((query) -> query.tableName(this.table)
					.keyConditionExpression("#pk = :pk AND begins_with(#sk, :from)")
					.expressionAttributeNames(Map.of("#pk", SingleTable.PARTITION_KEY, "#sk", SingleTable.SORT_KEY))
					.expressionAttributeValues(
							Map.of(":pk", Items.s(KeySpace.LOGIN_FAILURES.pk(user.name())), ":from", Items.s(FROM)))
					.consistentRead(true))
				.items()
				.forEach((item) -> throttles
					.add(new LoginThrottle(user.name(), Items.text(item, SingleTable.SORT_KEY).substring(FROM.length()),
							Items.num(item, "failures"), until(item))));
		}
		return throttles;
	}

	/** An admin forgets a pair's failures: it may sign in at once. */
	public void clear(String name, String address, String who) {
		this.audit.record(AuditEntry.action(who, AuditAction.LOGIN_THROTTLE_CLEAR, name + " " + address));
		this.db.deleteItem((delete) -> delete.tableName(this.table).key(key(name, address)));
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String name = event.getAuthentication().getName();
		if (!known(name)) {
			return;
		}
		String address = ClientAddress.of(event.getAuthentication());
		long failures = count(name, address, this.clock.instant());
		if (failures >= this.settings.freeFailures()) {
			log.warn("console sign-in for {} from {}: {} wrong passwords, next attempt accepted in {}", name, address,
					failures, this.settings.delay(failures));
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		String name = event.getAuthentication().getName();
		if (known(name)) {
			this.db.deleteItem((delete) -> delete.tableName(this.table)
				.key(key(name, ClientAddress.of(event.getAuthentication()))));
		}
	}

	/** Adds a failure (starting again after a long quiet); returns the count. */
	private long count(String name, String address, Instant now) {
		Map<String, AttributeValue> values = new HashMap<>(Map.of(":one", Items.n(1), ":now",
				Items.n(now.toEpochMilli()), ":stale", Items.n(now.minus(this.settings.forgetAfter()).toEpochMilli()),
				":expires", Items.n(now.plus(this.settings.forgetAfter()).getEpochSecond())));
		try {
			return Items.num(
					this.db
						.updateItem((update) -> update.tableName(this.table)
							.key(key(name, address))
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
			Map<String, AttributeValue> fresh = new HashMap<>(key(name, address));
			fresh.put("failures", Items.n(1));
			fresh.put("last", Items.n(now.toEpochMilli()));
			fresh.put(SingleTable.EXPIRY_ATTRIBUTE, Items.n(now.plus(this.settings.forgetAfter()).getEpochSecond()));
			this.db.putItem((put) -> put.tableName(this.table).item(fresh));
			return 1;
		}
	}

	private Instant until(Map<String, AttributeValue> item) {
		return Instant.ofEpochMilli(Items.num(item, "last")).plus(this.settings.delay(Items.num(item, "failures")));
	}

	private boolean known(String name) {
		return name != null && this.users.users().stream().anyMatch((user) -> user.name().equals(name));
	}

	private static Map<String, AttributeValue> key(String name, String address) {
		return Items.key(KeySpace.LOGIN_FAILURES.pk(name), KeySpace.LOGIN_FAILURES.sk(address));
	}

}
