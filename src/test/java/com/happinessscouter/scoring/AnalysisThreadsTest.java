package com.happinessscouter.scoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.happinessscouter.scoring.ScoringProperties.AnalyzerKind;
import com.happinessscouter.scoring.ScoringProperties.Tuning;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AnalysisThreadsTest {

	@Test
	void idleAnalysesRunUnderLinuxsIdlePolicyAndTheCallerKeepsItsOwn() throws Exception {
		assumeTrue(linux());
		int callerPolicy = currentPolicy();
		assertThat(onAnalysisThread(AnalysisPriority.IDLE, AnalysisThreadsTest::currentPolicy))
			.isEqualTo(BackgroundPriority.SCHED_IDLE);
		assertThat(onAnalysisThread(AnalysisPriority.IDLE, () -> Thread.currentThread().getName()))
			.startsWith("analysis-");
		assertThat(currentPolicy()).isEqualTo(callerPolicy).isNotEqualTo(BackgroundPriority.SCHED_IDLE);
	}

	@Test
	void lowAnalysesRunAtNiceTenAndTheCallerKeepsItsOwn() throws Exception {
		assumeTrue(linux());
		int callerNice = currentNice();
		assertThat(onAnalysisThread(AnalysisPriority.LOW, AnalysisThreadsTest::currentNice))
			.isEqualTo(BackgroundPriority.LOW_NICE);
		assertThat(onAnalysisThread(AnalysisPriority.LOW, AnalysisThreadsTest::currentPolicy))
			.isEqualTo(currentPolicy());
		assertThat(currentNice()).isEqualTo(callerNice);
	}

	@Test
	void normalLeavesThePriorityAlone() throws Exception {
		assumeTrue(linux());
		assertThat(onAnalysisThread(AnalysisPriority.NORMAL, AnalysisThreadsTest::currentNice))
			.isEqualTo(currentNice());
		assertThat(onAnalysisThread(AnalysisPriority.NORMAL, AnalysisThreadsTest::currentPolicy))
			.isEqualTo(currentPolicy());
	}

	@Test
	void atMostMaxConcurrentRunAtOnceAndFailuresReachTheCaller() throws Exception {
		AnalysisThreads threads = threads(1, AnalysisPriority.IDLE);
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

	private static <T> T onAnalysisThread(AnalysisPriority priority, Callable<T> work) {
		AnalysisThreads threads = threads(1, priority);
		try {
			return threads.run(work);
		}
		finally {
			threads.destroy();
		}
	}

	private static AnalysisThreads threads(int maxConcurrent, AnalysisPriority priority) {
		return new AnalysisThreads(new ScoringProperties(AnalyzerKind.OFFLINE,
				new Tuning(maxConcurrent, 416, 5, 4, Duration.ofMillis(200), priority)));
	}

	private static boolean linux() {
		return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux");
	}

	/** The calling thread's nice value, field 19 of {@code /proc/thread-self/stat}. */
	private static int currentNice() throws IOException {
		return statField(19);
	}

	/**
	 * The calling thread's scheduling policy, field 41 of {@code /proc/thread-self/stat}.
	 */
	private static int currentPolicy() throws IOException {
		return statField(41);
	}

	private static int statField(int field) throws IOException {
		String stat = Files.readString(Path.of("/proc/thread-self/stat"));
		// fields after the command name start with the state, field 3
		return Integer.parseInt(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[field - 3]);
	}

}
