package com.happinessscouter.scoring;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import com.happinessscouter.scoring.ScoringProperties.AnalyzerKind;
import com.happinessscouter.scoring.ScoringProperties.Tuning;
import com.happinessscouter.support.ThreadScheduling;
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
		assumeTrue(ThreadScheduling.linux());
		ThreadScheduling caller = ThreadScheduling.current();
		assertThat(caller.policy()).as("the caller is not idle already").isNotEqualTo(BackgroundPriority.SCHED_IDLE);
		assertThat(caller.nice()).as("the caller is not at nice 10 already").isNotEqualTo(BackgroundPriority.LOW_NICE);
		ThreadScheduling expected = switch (priority) {
			case IDLE -> new ThreadScheduling(BackgroundPriority.SCHED_IDLE, caller.nice());
			case LOW -> new ThreadScheduling(caller.policy(), BackgroundPriority.LOW_NICE);
			case NORMAL -> caller;
		};

		assertThat(onAnalysisThread(priority, ThreadScheduling::current)).isEqualTo(expected);
		assertThat(ThreadScheduling.current()).isEqualTo(caller);
	}

	@Test
	void analysesSubmittedFromALowerThreadDoNotInheritItsPriority() throws Exception {
		assumeTrue(ThreadScheduling.linux());
		ThreadScheduling starter = ThreadScheduling.current();
		AnalysisThreads threads = threads(1, AnalysisPriority.NORMAL);
		try {
			// an event worker at nice 5 submits the analysis: the analysis thread was
			// started with the pool, so it keeps the starter's priority
			Thread worker = new Thread(() -> {
				assertThat(ThreadPriority.setCurrentNice(starter.nice() + 5)).isTrue();
				try {
					assertThat(threads.run(ThreadScheduling::current)).isEqualTo(starter);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			AtomicReference<Throwable> failure = new AtomicReference<>();
			worker.setUncaughtExceptionHandler((thread, ex) -> failure.set(ex));
			worker.start();
			worker.join();
			assertThat(failure.get()).isNull();
		}
		finally {
			threads.destroy();
		}
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

}
