package com.happinessscouter.scoring.rekognition;

import java.time.Duration;

/** A monotonic clock that can also wait; tests substitute a fake one. */
public interface TimeSource {

	/** Monotonic time in nanoseconds, as {@link System#nanoTime()}. */
	long nanoTime();

	void sleep(Duration duration) throws InterruptedException;

	/** The real clock: {@link System#nanoTime()} and {@link Thread#sleep(Duration)}. */
	static TimeSource system() {
		return new TimeSource() {

			@Override
			public long nanoTime() {
				return System.nanoTime();
			}

			@Override
			public void sleep(Duration duration) throws InterruptedException {
				Thread.sleep(duration);
			}

		};
	}

}
