package com.happinessscouter.guests;

/**
 * How the console asks for the guest list.
 *
 * @param filter part of a name or user id (case ignored), or blank
 * @param sort the order
 * @param descending largest (or latest) first
 */
public record GuestQuery(String filter, Sort sort, boolean descending) {

	/** Latest activity first, no filter: pages straight through the work index. */
	public static final GuestQuery DEFAULT = new GuestQuery("", Sort.LAST_ACTIVITY, true);

	/** What the list can be sorted by. */
	public enum Sort {

		LAST_ACTIVITY, NAME, PHOTOS, BEST_POWER, LAST_POWER

	}

	/** Whether this is the index's own order, with nothing filtered out. */
	public boolean natural() {
		return (this.filter == null || this.filter.isBlank()) && this.sort == Sort.LAST_ACTIVITY && this.descending;
	}

}
