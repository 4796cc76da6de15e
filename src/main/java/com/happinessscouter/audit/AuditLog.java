package com.happinessscouter.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.happinessscouter.aws.Items;
import com.happinessscouter.aws.KeySpace;
import com.happinessscouter.aws.SingleTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.stereotype.Service;

/**
 * The one audit log of the console: every admin or host action and every change of a
 * setting, kept in the one table ({@link KeySpace#AUDIT}), newest first. Destructive
 * actions go through {@link #run}: recorded before they run, their outcome after.
 */
@Service
public class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	private final DynamoDbClient db;

	private final String table;

	private final Clock clock;

	AuditLog(SingleTable single, Clock clock) {
		this.db = single.client();
		this.table = single.name();
		this.clock = clock;
	}

	/** Records an action that has happened (or a change that was made). */
	public void record(AuditEntry entry) {
		write(entry, entry.outcome());
	}

	/**
	 * Records the action, runs it, then records how it ended: a failure leaves a trace
	 * even when the instance dies halfway.
	 * @return what {@code work} returned
	 */
	public <T> T run(String who, AuditAction action, String target, Supplier<T> work) {
		AuditEntry entry = AuditEntry.action(who, action, target);
		String sk = write(entry, AuditEntry.Outcome.STARTED);
		try {
			T result = work.get();
			outcome(sk, AuditEntry.Outcome.DONE);
			return result;
		}
		catch (RuntimeException ex) {
			outcome(sk, AuditEntry.Outcome.FAILED);
			throw ex;
		}
	}

	/** The latest entries whose texts contain {@code filter} (blank: all). */
	public List<AuditEntry> latest(int limit, String filter) {
		String needle = (filter != null) ? filter.strip() : "";
		return latest(limit, EnumSet.allOf(AuditAction.class), needle);
	}

	/** The latest entries of these actions (a setting's history). */
	public List<AuditEntry> latest(int limit, AuditAction first, AuditAction... more) {
		return latest(limit, EnumSet.of(first, more), "");
	}

	private List<AuditEntry> latest(int limit, Set<AuditAction> actions, String needle) {
		return this.db
			.queryPaginator((query) -> query.tableName(this.table)
				.keyConditionExpression("pk = :pk")
				.expressionAttributeValues(Map.of(":pk", Items.s(KeySpace.AUDIT.pk())))
				.scanIndexForward(false))
			.items()
			.stream()
			.map(AuditLog::entry)
			.filter((entry) -> actions.contains(entry.action()) && (needle.isEmpty() || entry.mentions(needle)))
			.limit(limit)
			.toList();
	}

	private String write(AuditEntry entry, AuditEntry.Outcome outcome) {
		Instant now = this.clock.instant();
		String sk = KeySpace.AUDIT.sk(Items.padded(now.toEpochMilli()), UUID.randomUUID().toString().substring(0, 8));
		Map<String, AttributeValue> item = new HashMap<>(Items.key(KeySpace.AUDIT.pk(), sk));
		item.put("who", Items.s(entry.who()));
		item.put("action", Items.s(entry.action().name()));
		item.put("target", Items.s(blank(entry.target())));
		item.put("from", Items.s(blank(entry.from())));
		item.put("to", Items.s(blank(entry.to())));
		item.put("reason", Items.s(blank(entry.reason())));
		item.put("outcome", Items.s(outcome.name()));
		this.db.putItem((put) -> put.tableName(this.table).item(item));
		log.info("audit {} {} {} {}", entry.who(), entry.action(), blank(entry.target()), outcome);
		return sk;
	}

	private void outcome(String sk, AuditEntry.Outcome outcome) {
		this.db.updateItem((update) -> update.tableName(this.table)
			.key(Items.key(KeySpace.AUDIT.pk(), sk))
			.updateExpression("SET outcome = :outcome")
			.expressionAttributeValues(Map.of(":outcome", Items.s(outcome.name()))));
	}

	private static AuditEntry entry(Map<String, AttributeValue> item) {
		String sk = item.get(SingleTable.SORT_KEY).s();
		return new AuditEntry(sk, Instant.ofEpochMilli(Long.parseLong(sk.substring(0, 15))), Items.text(item, "who"),
				AuditAction.valueOf(Items.text(item, "action")), Items.text(item, "target"), Items.text(item, "from"),
				Items.text(item, "to"), Items.text(item, "reason"),
				AuditEntry.Outcome.valueOf(Items.text(item, "outcome")));
	}

	private static String blank(String text) {
		return (text != null) ? text : "";
	}

}
