package com.happinessscouter.scoring.offline;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatenciesTest {

	@Test
	void percentileMillis_isTheNearestRank() {
		long[] tenRuns = { 1_000_000, 2_000_000, 3_000_000, 4_000_000, 5_000_000, 6_000_000, 7_000_000, 8_000_000,
				9_000_000, 10_000_000 };
		Latencies latencies = new Latencies(tenRuns, 2.0);

		assertThat(latencies.percentileMillis(50)).isEqualTo(5.0);
		assertThat(latencies.percentileMillis(95)).isEqualTo(10.0);
		assertThat(latencies.perSecond()).isEqualTo(5.0);
	}

	@Test
	void measure_runsTheTaskOnEveryThreadAndSortsTheLatencies() {
		AtomicInteger runs = new AtomicInteger();

		Latencies latencies = Latencies.measure(runs::incrementAndGet, 2, 3);

		assertThat(runs).hasValue(6);
		assertThat(latencies.sortedNanos()).hasSize(6).isSorted();
	}

}
