package com.happinessscouter.operations;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.aws.Items;
import com.happinessscouter.aws.SingleTable;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Adds up what every instance used this month in the one table ({@code STATS#MONTH} /
 * {@code yyyy-MM}, UTC): each instance adds what its own meters counted since its last
 * flush, once a minute and when it stops, so the sum survives restarts and counts every
 * instance.
 */
@Service
public class UsageMeter {

	private static final Set<String> DYNAMODB_WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem");

	private final MeterRegistry registry;

	private final DynamoDbClient db;

	private final String table;

	private final Clock clock;

	private final Map<String, Long> flushed = new HashMap<>();

	UsageMeter(MeterRegistry registry, SingleTable single, Clock clock) {
		this.registry = registry;
		this.db = single.client();
		this.table = single.name();
		this.clock = clock;
	}

	/** Writes what was counted since the last flush (one UpdateItem). */
	@Scheduled(fixedDelayString = "${app.cost.flush-interval}", initialDelayString = "${app.cost.flush-interval}")
	public synchronized void flush() {
		Map<String, Long> now = counted();
		Map<String, AttributeValue> deltas = new HashMap<>();
		now.forEach((name, total) -> {
			long delta = total - this.flushed.getOrDefault(name, 0L);
			if (delta > 0) {
				deltas.put(":" + name, Items.n(delta));
			}
		});
		if (deltas.isEmpty()) {
			return;
		}
		String update = "ADD "
				+ String.join(", ", deltas.keySet().stream().map((value) -> value.substring(1) + " " + value).toList());
		this.db.updateItem((u) -> u.tableName(this.table)
			.key(KeySpace.MONTH_USAGE.keyWithSort(month().toString()))
			.updateExpression(update)
			.expressionAttributeValues(deltas));
		this.flushed.putAll(now);
	}

	@PreDestroy
	void flushOnStop() {
		try {
			flush();
		}
		catch (RuntimeException storeGone) {
			// the last minute of this instance is not counted
		}
	}

	/** The month so far, every instance's last flush included. */
	public MonthUsage thisMonth() {
		YearMonth month = month();
		Map<String, AttributeValue> item = this.db
			.getItem((g) -> g.tableName(this.table)
				.key(KeySpace.MONTH_USAGE.keyWithSort(month.toString()))
				.consistentRead(true))
			.item();
		return new MonthUsage(month, Items.num(item, "analyses"), Items.num(item, "s3Puts"), Items.num(item, "s3Gets"),
				Items.num(item, "dynamodbWrites"), Items.num(item, "dynamodbReads"), Items.num(item, "pushes"));
	}

	public YearMonth month() {
		return YearMonth.now(this.clock.withZone(ZoneOffset.UTC));
	}

	/** This process's totals since it started. */
	private Map<String, Long> counted() {
		Map<String, Long> totals = new HashMap<>();
		for (Timer call : this.registry.find("app.aws.calls").timers()) {
			String service = call.getId().getTag("service");
			String operation = call.getId().getTag("operation");
			String name = switch (service + " " + operation) {
				case "Rekognition DetectFaces" -> "analyses";
				case "S3 PutObject" -> "s3Puts";
				case "S3 GetObject" -> "s3Gets";
				default -> "DynamoDb".equals(service)
						? (DYNAMODB_WRITES.contains(operation) ? "dynamodbWrites" : "dynamodbReads") : null;
			};
			if (name != null) {
				totals.merge(name, call.count(), Long::sum);
			}
		}
		for (Counter answers : this.registry.find("app.answers").tag("via", "push").counters()) {
			totals.merge("pushes", (long) answers.count(), Long::sum);
		}
		return totals;
	}

}
