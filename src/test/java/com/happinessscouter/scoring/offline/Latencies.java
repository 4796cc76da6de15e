package com.happinessscouter.scoring.offline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The latencies of a task run on a number of threads at once, for the analyzer
 * benchmarks: each thread runs it {@code runsPerThread} times.
 *
 * @param sortedNanos every run's latency, ascending
 * @param seconds the wall time of all the runs
 */
record Latencies(long[] sortedNanos, double seconds) {

	static Latencies measure(Runnable task, int threads, int runsPerThread) {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			long started = System.nanoTime();
			List<Future<Long>> runs = new ArrayList<>();
			for (int i = 0; i < runsPerThread * threads; i++) {
				runs.add(pool.submit(() -> {
					long start = System.nanoTime();
					task.run();
					return System.nanoTime() - start;
				}));
			}
			long[] latencies = new long[runs.size()];
			for (int i = 0; i < latencies.length; i++) {
				latencies[i] = runs.get(i).get();
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			Arrays.sort(latencies);
			return new Latencies(latencies, seconds);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdown();
		}
	}

	/** The nearest-rank percentile, in milliseconds. */
	double percentileMillis(int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * this.sortedNanos.length) - 1;
		return this.sortedNanos[Math.max(0, index)] / 1e6;
	}

	double perSecond() {
		return this.sortedNanos.length / this.seconds;
	}

}
