package com.happinessscouter.aws;

import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every key space of the one table, declared once: its partition and sort key patterns
 * ({@code {name}} marks a value filled in), the work-index partitions
 * ({@link IndexSpace}) its items use, and the module that owns it. No other module writes
 * a key prefix as a literal; docs/data-model.md is checked against this list by
 * {@code KeySpaceTest}.
 */
public enum KeySpace {

	/** A guest's photo. */
	PHOTO("submission", "{userId}", "{imageId}", IndexSpace.EXPIRES),

	/** The one answer for an image set, claimed by the first worker. */
	IMAGE_SET_ANSWER("submission", "{userId}", "SETANSWER#{imageSetId}"),

	/** The photos of an image set refused by a guest limit (none of them is stored). */
	IMAGE_SET_REFUSED("submission", "{userId}", "SETREFUSED#{imageSetId}"),

	/** The first photo with these bytes (in an event, or {@code -} outside one). */
	DIGEST("submission", "DIGEST#{eventId}#{sha256}", "PHOTO"),

	/** One 16-bit block of a photo's perceptual hash. */
	PERCEPTUAL_HASH("submission", "PHASH#{eventId}#{block}#{value}", "{userId}/{imageId}"),

	/** A webhook event in the durable inbox. */
	INBOX("webhook", "EVENT#{webhookEventId}", "EVENT", IndexSpace.INBOX),

	/** LINE's message quota and usage as last polled. */
	QUOTA_STATUS("quota", "QUOTA", "STATUS"),

	/** One poll of LINE's quota in a month. */
	QUOTA_SNAPSHOT("quota", "QUOTA#{yyyy-MM}", "SNAP#{epochMillis}"),

	/** The lease that lets one instance poll LINE's quota. */
	QUOTA_POLL_LEASE("quota", "LEASE", "QUOTA_POLL"),

	/** The throttle switch. */
	THROTTLE("quota", "SETTINGS", "THROTTLE"),

	/** The guest limits and the analysis budget. */
	LIMIT_SETTINGS("limits", "SETTINGS", "LIMITS"),

	/** A guest's own photo quota per event (an admin's override of the default). */
	GUEST_LIMIT("limits", "LIMIT#GUESTS", "{userId}"),

	/** A guest's photos counted in an event, with their ids. */
	EVENT_PHOTOS("limits", "LIMIT#EVENT#{eventId}", "{userId}"),

	/** A guest's photos counted in one minute, with their ids (expiring). */
	GUEST_RATE("limits", "LIMIT#RATE#{userId}", "{epochMinute}"),

	/** Photos taken in for analysis in a month, with their ids. */
	ANALYSIS_BUDGET("limits", "LIMIT#BUDGET", "{yyyy-MM}"),

	/** Whether late results are pushed (an admin's choice, beside the throttle). */
	LATE_PUSH("quota", "SETTINGS", "LATE_PUSH"),

	/**
	 * A guest's 結果を見る tap whose reply token waits for a photo still being worked on
	 * (expiring).
	 */
	HELD_TAP("submission", "TAP#{userId}", "TAP"),

	/** How many photo results wait for the guest's next message (kept at write time). */
	PENDING_ANSWERS("submission", "COUNTER#PENDING", "ANSWERS"),

	/** The photo retention settings. */
	RETENTION("retention", "SETTINGS", "RETENTION"),

	/** A guest's counts. */
	GUEST_SUMMARY("guests", "GUEST#{userId}", "SUMMARY", IndexSpace.GUESTS),

	/** The wedding's totals. */
	TOTALS("guests", "STATS", "TOTALS"),

	/** Photos finished in one minute. */
	PHOTOS_PER_MINUTE("guests", "STATS#MINUTE", "{yyyy-MM-ddTHH:mm}"),

	/** AWS and LINE usage in a month, summed over instances. */
	MONTH_USAGE("operations", "STATS#MONTH", "{yyyy-MM}"),

	/** A wedding event. */
	EVENT("events", "EVENT", "{eventId}"),

	/** A guest's best photo in an event. */
	BOARD_BEST("leaderboard", "BOARD#{eventId}", "{userId}", IndexSpace.RANK),

	/** A scored photo of an event, as the big screen may show it. */
	SHOWCASED("leaderboard", "SHOW#{eventId}", "{userId}#{imageId}", IndexSpace.RECENT, IndexSpace.QUEUE),

	/** A guest kept off the big screen. */
	BOARD_GUEST("leaderboard", "BOARDGUEST#{userId}", "PREFS"),

	/** What an event's big screens show: the hosts' mode and final reveal. */
	BOARD_SHOW("leaderboard", "BOARDSHOW#{eventId}", "STATE"),

	/** The table a guest joined in an event (table teams). */
	SEAT("tables", "SEAT#{userId}", "{eventId}"),

	/** A console user's preferences (language). */
	CONSOLE_USER("console", "CONSOLEUSER#{user}", "PREFS"),

	/** Failed sign-ins of a console user from one client address (expiring). */
	LOGIN_FAILURES("console", "LOGIN#{user}", "FROM#{address}"),

	/** The audit log: who did what, and how it ended. */
	AUDIT("audit", "AUDIT", "{epochMillis}#{id}"),

	/** The item the health check reads. */
	HEALTH_PROBE("aws", "HEALTH", "PROBE");

	private final String owner;

	private final KeyPattern partition;

	private final KeyPattern sort;

	private final List<IndexSpace> indexes;

	KeySpace(String owner, String partition, String sort, IndexSpace... indexes) {
		this.owner = owner;
		this.partition = new KeyPattern(name(), partition);
		this.sort = new KeyPattern(name(), sort);
		this.indexes = List.of(indexes);
	}

	/** The module that owns the items (its top-level package). */
	public String owner() {
		return this.owner;
	}

	/** The partition key pattern, e.g. {@code BOARD#{eventId}}. */
	public String partitionPattern() {
		return this.partition.toString();
	}

	/** The sort key pattern. */
	public String sortPattern() {
		return this.sort.toString();
	}

	/** The work-index partitions its items may be in (none for most). */
	public List<IndexSpace> indexes() {
		return this.indexes;
	}

	/** The partition key with {@code values} in place of its placeholders, in order. */
	public String pk(Object... values) {
		return this.partition.fill(values);
	}

	/** The sort key with {@code values} in place of its placeholders, in order. */
	public String sk(Object... values) {
		return this.sort.fill(values);
	}

	/** Whether a partition key belongs to this space (by its literal prefix). */
	public boolean holds(String partitionKey) {
		return partitionKey.startsWith(this.partition.prefix());
	}

	/** A full key of a space whose sort key is fixed. */
	public Map<String, AttributeValue> key(Object... partitionValues) {
		return Items.key(pk(partitionValues), this.sort.toString());
	}

	/** A full key: the partition's values, then the sort key as given. */
	public Map<String, AttributeValue> keyWithSort(String sortKey, Object... partitionValues) {
		return Items.key(pk(partitionValues), sortKey);
	}

	/**
	 * The value of the partition's one placeholder: {@code idOf("GUEST#U1")} is
	 * {@code U1} for {@code GUEST#{userId}}.
	 */
	public String idOf(String partitionKey) {
		String prefix = this.partition.prefix();
		if (!partitionKey.startsWith(prefix)) {
			throw new IllegalArgumentException(partitionKey + " is not in " + name());
		}
		return partitionKey.substring(prefix.length());
	}

}
