package com.happinessscouter.simulator;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the fake quota endpoints answer: a limited plan of 200 (LINE's free plan) by
 * default, usage = pushes the simulator received + an offset, and an optional error
 * status (401, 500...) for the next polls.
 */
public class SimulatorQuota {

	private volatile boolean limited = true;

	private volatile long limit = 200;

	private final AtomicLong usageOffset = new AtomicLong();

	private final AtomicInteger errorStatus = new AtomicInteger();

	public void plan(boolean limited, long limit) {
		this.limited = limited;
		this.limit = limit;
	}

	/** Pretends this many more messages were sent this month. */
	public void addUsage(long messages) {
		this.usageOffset.addAndGet(messages);
	}

	public void resetUsage() {
		this.usageOffset.set(0);
	}

	/** The quota endpoints answer this status until {@code 0} is set. */
	public void failWith(int status) {
		this.errorStatus.set(status);
	}

	boolean limited() {
		return this.limited;
	}

	long limit() {
		return this.limit;
	}

	long usageOffset() {
		return this.usageOffset.get();
	}

	int errorStatus() {
		return this.errorStatus.get();
	}

}
