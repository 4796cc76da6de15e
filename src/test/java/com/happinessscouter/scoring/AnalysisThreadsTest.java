package com.happinessscouter.scoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import com.happinessscouter.scoring.ScoringProperties.AnalyzerKind;
import com.happinessscouter.scoring.ScoringProperties.Tuning;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AnalysisThreadsTest {

	@Test
	void analysesRunOnThreadsOfLowerPriorityAndTheCallerKeepsItsOwn() throws Exception {
		assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux"));
		int callerNice = currentNice();
		AnalysisThreads threads = threads(2, 7);
		try {
			assertThat(threads.run(AnalysisThreadsTest::currentNice)).isEqualTo(7);
			assertThat(threads.run(() -> Thread.currentThread().getName())).startsWith("analysis-");
			assertThat(currentNice()).isEqualTo(callerNice);
		}
		finally {
			threads.destroy();
		}
	}

	@Test
	void niceZeroLeavesThePriorityAlone() throws Exception {
		assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux"));
		AnalysisThreads threads = threads(1, 0);
		try {
			assertThat(threads.run(AnalysisThreadsTest::currentNice)).isEqualTo(currentNice());
		}
		finally {
			threads.destroy();
		}
	}

	@Test
	void atMostMaxConcurrentRunAtOnceAndFailuresReachTheCaller() throws Exception {
		AnalysisThreads threads = threads(1, 10);
		try {
			assertThat(threads.run(() -> Thread.currentThread().getName())).isEqualTo("analysis-1");
			assertThat(threads.run(() -> Thread.currentThread().getName())).as("one thread, reused")
				.isEqualTo("analysis-1");
			assertThatIllegalArgumentException().isThrownBy(() -> threads.run(() -> {
				throw new IllegalArgumentException("broken model");
			})).withMessage("broken model");
		}
		finally {
			threads.destroy();
		}
	}

	private static AnalysisThreads threads(int maxConcurrent, int nice) {
		return new AnalysisThreads(new ScoringProperties(AnalyzerKind.OFFLINE,
				new Tuning(maxConcurrent, 416, 5, 4, Duration.ofMillis(200), nice)));
	}

	/** The calling thread's nice value, field 19 of {@code /proc/thread-self/stat}. */
	private static int currentNice() throws IOException {
		String stat = Files.readString(Path.of("/proc/thread-self/stat"));
		return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16]);
	}

}
