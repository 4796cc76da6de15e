package com.happinessscouter.aws;

/**
 * Every partition of the work index {@code gsi1} ({@code gsi1pk} / {@code gsi1sk}),
 * declared once with the module that owns it. The index is sparse: an item is in it only
 * while it needs finding this way.
 */
public enum IndexSpace {

	/** Photos by expiry day, sorted by expiry second. */
	EXPIRES("submission", "EXPIRES#{yyyy-MM-dd}", "expiry second"),

	/** Webhook events still to be worked off, by due time. */
	INBOX("webhook", "INBOX", "due time, only while unfinished"),

	/** The guest list, most recently active last. */
	GUESTS("guests", "GUESTS", "last activity"),

	/** An event's ranking: each guest's best, by power, the earlier photo first. */
	RANK("leaderboard", "RANK#{eventId}", "power, earlier photo first"),

	/** The photos the big screen may show, by sent time. */
	RECENT("leaderboard", "RECENT#{eventId}", "sent time"),

	/** The photos awaiting a host's approval, by sent time. */
	QUEUE("leaderboard", "QUEUE#{eventId}", "sent time");

	private final String owner;

	private final KeyPattern partition;

	private final String sort;

	IndexSpace(String owner, String partition, String sort) {
		this.owner = owner;
		this.partition = new KeyPattern(name(), partition);
		this.sort = sort;
	}

	public String owner() {
		return this.owner;
	}

	/** The {@code gsi1pk} pattern. */
	public String partitionPattern() {
		return this.partition.toString();
	}

	/** What {@code gsi1sk} holds. */
	public String sortDescription() {
		return this.sort;
	}

	/** The {@code gsi1pk} with {@code values} in place of its placeholders, in order. */
	public String pk(Object... values) {
		return this.partition.fill(values);
	}

}
