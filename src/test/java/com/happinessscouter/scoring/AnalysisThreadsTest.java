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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AnalysisThreadsTest {

	@ParameterizedTest
	@EnumSource(AnalysisPriority.class)
	void analysesRunAtTheirPriorityAndTheCallerKeepsItsOwn(AnalysisPriority priority) throws Exception {
		assumeTrue(linux());
		Scheduling caller = Scheduling.current();
		assertThat(caller.policy()).as("the caller is not idle already").isNotEqualTo(BackgroundPriority.SCHED_IDLE);
		assertThat(caller.nice()).as("the caller is not at nice 10 already").isNotEqualTo(BackgroundPriority.LOW_NICE);
		Scheduling expected = switch (priority) {
			case IDLE -> new Scheduling(BackgroundPriority.SCHED_IDLE, caller.nice());
			case LOW -> new Scheduling(caller.policy(), BackgroundPriority.LOW_NICE);
			case NORMAL -> caller;
		};

		assertThat(onAnalysisThread(priority, Scheduling::current)).isEqualTo(expected);
		assertThat(Scheduling.current()).isEqualTo(caller);
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
				new Tuning(maxConcurrent, 416, 5, 4, Duration.ofMillis(200), priority, 0)));
	}

	private static boolean linux() {
		return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux");
	}

	/**
	 * A thread's scheduling policy and nice value, fields 41 and 19 of
	 * {@code /proc/thread-self/stat}.
	 */
	record Scheduling(int policy, int nice) {

		static Scheduling current() throws IOException {
			return of(Path.of("/proc/thread-self/stat"));
		}

		/** From a thread's {@code stat} file, e.g. {@code /proc/self/task/<id>/stat}. */
		static Scheduling of(Path statFile) throws IOException {
			String stat = Files.readString(statFile);
			// fields after the command name start with the state, field 3
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return new Scheduling(Integer.parseInt(fields[41 - 3]), Integer.parseInt(fields[19 - 3]));
		}

	}

}
