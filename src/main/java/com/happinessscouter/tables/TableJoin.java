package com.happinessscouter.tables;

import java.util.List;

/**
 * What became of a guest's {@code テーブル …}.
 *
 * @param outcome what happened
 * @param tables the open event's tables (empty without event or tables)
 * @param table the table joined (or asked for and unknown), or {@code null}
 * @param previous the table the guest left, or {@code null}
 */
public record TableJoin(Outcome outcome, List<String> tables, String table, String previous) {

	/** What happened. */
	public enum Outcome {

		/** No event is open. */
		NO_EVENT,

		/** The event has no tables. */
		NO_TABLES,

		/** The guest asked for the list (no table named). */
		LIST,

		/** No table of the event has that number or name. */
		UNKNOWN,

		/** The guest sat down at a table. */
		JOINED,

		/** The guest moved from {@code previous} to {@code table}. */
		MOVED,

		/** The guest was at that table already. */
		ALREADY

	}

}
