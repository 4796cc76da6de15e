package com.happinessscouter.scoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.happinessscouter.support.ThreadScheduling;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Lowers this test JVM's C2 threads (a thread cannot raise its priority again). */
class CompilerPriorityTest {

	@BeforeEach
	void onLinux() {
		assumeTrue(ThreadScheduling.linux());
	}

	@Test
	void theOptimizingCompilerRunsAtTheSettingAndNoOtherThreadChanges() throws IOException {
		List<Integer> optimizing = CompilerPriority.optimizingCompilerThreads();
		assertThat(optimizing).as("this JVM's C2 threads").isNotEmpty();
		assertThat(scheduling(optimizing).values()).as("as the JVM started them")
			.allMatch((thread) -> thread.nice() != 10);
		Map<Integer, ThreadScheduling> others = scheduling(otherThreads(optimizing));

		start(new MockEnvironment().withProperty("app.scoring.compiler-nice", "10"));

		for (int id : optimizing) {
			assertThat(scheduling(id).nice()).as("C2 thread " + id).isEqualTo(10);
		}
		others.keySet().retainAll(otherThreads(optimizing));
		assertThat(scheduling(others.keySet())).as("every other thread (C1, this one)").isEqualTo(others);
	}

	@Test
	void zeroOrNoSettingLeavesEveryThreadAsItIs() throws IOException {
		List<Integer> all = threads();
		Map<Integer, ThreadScheduling> before = scheduling(all);

		start(new MockEnvironment().withProperty("app.scoring.compiler-nice", "0"));
		start(new MockEnvironment());

		before.keySet().retainAll(threads());
		assertThat(scheduling(before.keySet())).isEqualTo(before);
	}

	@Test
	void aThreadThatIsNotThereLowersNothing() {
		assertThat(CompilerPriority.lower(List.of(Integer.MAX_VALUE), 10)).isZero();
	}

	private static void start(MockEnvironment environment) {
		new CompilerPriority().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
				new SpringApplication(), new String[0], environment));
	}

	private static List<Integer> otherThreads(List<Integer> optimizing) throws IOException {
		return threads().stream().filter((id) -> !optimizing.contains(id)).toList();
	}

	private static List<Integer> threads() throws IOException {
		try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
			return tasks.map((task) -> Integer.valueOf(task.getFileName().toString())).toList();
		}
	}

	/** Each thread's scheduling; threads that ended meanwhile are left out. */
	private static Map<Integer, ThreadScheduling> scheduling(Iterable<Integer> threads) {
		Map<Integer, ThreadScheduling> scheduling = new LinkedHashMap<>();
		for (int id : threads) {
			try {
				scheduling.put(id, scheduling(id));
			}
			catch (IOException ended) {
				// the thread has ended
			}
		}
		return scheduling;
	}

	private static ThreadScheduling scheduling(int threadId) throws IOException {
		return ThreadScheduling.of(Path.of("/proc/self/task/" + threadId + "/stat"));
	}

}
