package com.happinessscouter.limits;

/**
 * How much of a limit is used.
 *
 * @param used counted so far
 * @param limit the limit, {@code 0} when there is none
 */
public record Usage(long used, long limit) {

	/** Whether a limit is set and reached. */
	public boolean spent() {
		return this.limit > 0 && this.used >= this.limit;
	}

	/** What is left, {@link Long#MAX_VALUE} without a limit. */
	public long left() {
		return (this.limit > 0) ? Math.max(0, this.limit - this.used) : Long.MAX_VALUE;
	}

	/** {@code 3/10}, or {@code 3} without a limit. */
	@Override
	public String toString() {
		return (this.limit > 0) ? this.used + "/" + this.limit : String.valueOf(this.used);
	}

}
