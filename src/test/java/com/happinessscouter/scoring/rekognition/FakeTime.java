package com.happinessscouter.scoring.rekognition;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that only moves when told to, or (optionally) when someone sleeps. */
final class FakeTime implements TimeSource {

	private final AtomicLong now = new AtomicLong(1_000_000_000L);

	private final boolean sleepAdvancesTime;

	private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	FakeTime(boolean sleepAdvancesTime) {
		this.sleepAdvancesTime = sleepAdvancesTime;
	}

	@Override
	public long nanoTime() {
		return this.now.get();
	}

	@Override
	public void sleep(Duration duration) {
		this.sleeps.add(duration);
		if (this.sleepAdvancesTime) {
			this.now.addAndGet(duration.toNanos());
		}
	}

	void advance(Duration duration) {
		this.now.addAndGet(duration.toNanos());
	}

	List<Duration> sleeps() {
		return List.copyOf(this.sleeps);
	}

}
