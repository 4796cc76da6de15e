package com.happinessscouter.quota.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.happinessscouter.aws.Items;
import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.aws.SingleTable;
import com.happinessscouter.quota.QuotaSnapshot;
import com.happinessscouter.quota.QuotaStatus;
import com.happinessscouter.quota.ThrottleMode;
import com.happinessscouter.quota.ThrottleSettings;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import org.springframework.stereotype.Component;

import static com.happinessscouter.aws.Items.n;
import static com.happinessscouter.aws.Items.num;
import static com.happinessscouter.aws.Items.s;
import static com.happinessscouter.aws.Items.text;

/**
 * The quota's key spaces in the one table, each read by key or by a Query on its own
 * partition:
 * <ul>
 * <li>{@code QUOTA} / {@code STATUS}: last good figures, last attempt and error, the
 * month marked exhausted;</li>
 * <li>{@code QUOTA#yyyy-MM} / {@code SNAP#epochMillis}: one snapshot per poll
 * (history);</li>
 * <li>{@code SETTINGS} / {@code THROTTLE}: the switch; {@code AUDIT#THROTTLE} /
 * {@code epochMillis#id}: every change of it;</li>
 * <li>{@code LEASE} / {@code QUOTA_POLL}: who polls this interval.</li>
 * </ul>
 */
@Component
public class QuotaTable {

	private final DynamoDbClient db;

	private final String table;

	QuotaTable(SingleTable single) {
		this.db = single.client();
		this.table = single.name();
	}

	/**
	 * Records a successful poll: the status and one history snapshot. Figures with pushes
	 * left lift a "monthly limit reached" mark (the plan was upgraded, or a new month).
	 */
	public void recordPoll(QuotaSnapshot snapshot) {
		Map<String, AttributeValue> figures = figures(snapshot);
		Map<String, AttributeValue> history = new HashMap<>(figures);
		history.putAll(KeySpace.QUOTA_SNAPSHOT.keyWithSort(
				KeySpace.QUOTA_SNAPSHOT.sk(Items.padded(snapshot.polledAt().toEpochMilli())), snapshot.month()));
		this.db.putItem((put) -> put.tableName(this.table).item(history));
		Map<String, String> names = new HashMap<>();
		Map<String, AttributeValue> values = new HashMap<>();
		StringBuilder set = new StringBuilder("SET attemptAt = :polledAt");
		figures.forEach((name, value) -> {
			names.put("#" + name, name);
			values.put(":" + name, value);
			set.append(", #").append(name).append(" = :").append(name);
		});
		StringBuilder remove = new StringBuilder(" REMOVE lastError");
		if (snapshot.limit() == null) {
			names.put("#limit", "limit");
			remove.append(", #limit");
		}
		if (snapshot.remaining() > 0) {
			remove.append(", exhaustedMonth");
		}
		this.db.updateItem((update) -> update.tableName(this.table)
			.key(KeySpace.QUOTA_STATUS.key())
			.updateExpression(set.toString() + remove)
			.expressionAttributeNames(names)
			.expressionAttributeValues(values));
	}

	/** Records a failed poll; the last good figures stay. */
	public void recordPollFailure(Instant at, String error) {
		this.db.updateItem((update) -> update.tableName(this.table)
			.key(KeySpace.QUOTA_STATUS.key())
			.updateExpression("SET attemptAt = :at, lastError = :error")
			.expressionAttributeValues(Map.of(":at", n(at.toEpochMilli()), ":error", s(error))));
	}

	public void markExhausted(YearMonth month) {
		this.db.updateItem((update) -> update.tableName(this.table)
			.key(KeySpace.QUOTA_STATUS.key())
			.updateExpression("SET exhaustedMonth = :month")
			.expressionAttributeValues(Map.of(":month", s(month.toString()))));
	}

	public QuotaStatus status() {
		Map<String, AttributeValue> item = get(KeySpace.QUOTA_STATUS.key()).orElse(Map.of());
		QuotaSnapshot last = item.containsKey("polledAt") ? snapshot(item) : null;
		Instant attempt = item.containsKey("attemptAt") ? Instant.ofEpochMilli(num(item, "attemptAt")) : null;
		String error = item.containsKey("lastError") ? item.get("lastError").s() : null;
		YearMonth exhausted = item.containsKey("exhaustedMonth") ? YearMonth.parse(item.get("exhaustedMonth").s())
				: null;
		return new QuotaStatus(last, attempt, error, exhausted);
	}

	/** This month's snapshots, oldest first. */
	public List<QuotaSnapshot> history(YearMonth month) {
		List<QuotaSnapshot> snapshots = new ArrayList<>();
		this.db
			.queryPaginator((query) -> query.tableName(this.table)
				.keyConditionExpression("pk = :pk")
				.expressionAttributeValues(Map.of(":pk", s(KeySpace.QUOTA_SNAPSHOT.pk(month)))))
			.items()
			.forEach((item) -> snapshots.add(snapshot(item)));
		return snapshots;
	}

	/** The month's last snapshot, if it was polled. */
	public Optional<QuotaSnapshot> last(YearMonth month) {
		return this.db
			.query((query) -> query.tableName(this.table)
				.keyConditionExpression("pk = :pk")
				.expressionAttributeValues(Map.of(":pk", s(KeySpace.QUOTA_SNAPSHOT.pk(month))))
				.scanIndexForward(false)
				.limit(1))
			.items()
			.stream()
			.findFirst()
			.map(QuotaTable::snapshot);
	}

	public Optional<ThrottleSettings> settings() {
		return get(KeySpace.THROTTLE.key())
			.map((item) -> new ThrottleSettings(ThrottleMode.valueOf(item.get("mode").s()), text(item, "changedBy"),
					item.containsKey("changedAt") ? Instant.ofEpochMilli(num(item, "changedAt")) : null,
					text(item, "reason")));
	}

	/** Stores the switch. */
	public void saveSettings(ThrottleSettings to) {
		Map<String, AttributeValue> item = new HashMap<>(KeySpace.THROTTLE.key());
		item.put("mode", s(to.mode().name()));
		item.put("changedBy", s(to.changedBy()));
		item.put("changedAt", n(to.changedAt().toEpochMilli()));
		item.put("reason", s(to.reason()));
		this.db.putItem((put) -> put.tableName(this.table).item(item));
	}

	/** Whether late results are pushed ({@code false} until an admin says so). */
	public boolean latePush() {
		return get(KeySpace.LATE_PUSH.key()).map((item) -> Boolean.TRUE.equals(item.get("push").bool())).orElse(false);
	}

	public void saveLatePush(boolean push) {
		Map<String, AttributeValue> item = new HashMap<>(KeySpace.LATE_PUSH.key());
		item.put("push", AttributeValue.fromBool(push));
		this.db.putItem((put) -> put.tableName(this.table).item(item));
	}

	/**
	 * Takes the polling lease until {@code until} unless another instance holds it.
	 * @return whether this instance may poll
	 */
	public boolean takeLease(String owner, Instant now, Instant until) {
		Map<String, AttributeValue> item = new HashMap<>(KeySpace.QUOTA_POLL_LEASE.key());
		item.put("owner", s(owner));
		item.put("until", n(until.toEpochMilli()));
		try {
			this.db.putItem((put) -> put.tableName(this.table)
				.item(item)
				.conditionExpression("attribute_not_exists(pk) OR #until <= :now OR #owner = :me")
				.expressionAttributeNames(Map.of("#until", "until", "#owner", "owner"))
				.expressionAttributeValues(Map.of(":now", n(now.toEpochMilli()), ":me", s(owner))));
			return true;
		}
		catch (ConditionalCheckFailedException taken) {
			return false;
		}
	}

	private static Map<String, AttributeValue> figures(QuotaSnapshot snapshot) {
		Map<String, AttributeValue> figures = new HashMap<>();
		figures.put("polledAt", n(snapshot.polledAt().toEpochMilli()));
		figures.put("month", s(snapshot.month().toString()));
		figures.put("limited", AttributeValue.fromBool(snapshot.limited()));
		figures.put("used", n(snapshot.used()));
		if (snapshot.limit() != null) {
			figures.put("limit", n(snapshot.limit()));
		}
		return figures;
	}

	private static QuotaSnapshot snapshot(Map<String, AttributeValue> item) {
		return new QuotaSnapshot(Instant.ofEpochMilli(num(item, "polledAt")), YearMonth.parse(item.get("month").s()),
				Boolean.TRUE.equals(item.get("limited").bool()), item.containsKey("limit") ? num(item, "limit") : null,
				num(item, "used"));
	}

	private Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
		Map<String, AttributeValue> item = this.db
			.getItem((get) -> get.tableName(this.table).key(key).consistentRead(true))
			.item();
		return (item == null || item.isEmpty()) ? Optional.empty() : Optional.of(item);
	}

}
