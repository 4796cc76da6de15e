package com.happinessscouter.scoring;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.happinessscouter.support.ThreadScheduling;
import com.happinessscouter.scoring.ScoringProperties.AnalyzerKind;
import com.happinessscouter.scoring.ScoringProperties.Tuning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CompilerThreadsTest {

	@BeforeEach
	void onLinux() {
		assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux"));
	}

	@Test
	void theJitCompilerThreadsRunAtTheConfiguredNiceAndNoOtherThreadChanges() throws IOException {
		List<Integer> compilers = CompilerThreads.compilerThreadIds();
		assertThat(compilers).as("this JVM's C1/C2 compiler threads").isNotEmpty();
		ThreadScheduling caller = ThreadScheduling.current();

		compilerThreads(10).lower();

		for (int id : compilers) {
			assertThat(scheduling(id).nice()).as("compiler thread " + id).isEqualTo(10);
		}
		assertThat(ThreadScheduling.current()).as("the calling thread").isEqualTo(caller);
	}

	@Test
	void zeroLeavesThemAsTheyAre() throws IOException {
		Map<Integer, ThreadScheduling> before = new LinkedHashMap<>();
		for (int id : CompilerThreads.compilerThreadIds()) {
			before.put(id, scheduling(id));
		}

		compilerThreads(0).lower();

		for (Map.Entry<Integer, ThreadScheduling> thread : before.entrySet()) {
			assertThat(scheduling(thread.getKey())).isEqualTo(thread.getValue());
		}
	}

	private static CompilerThreads compilerThreads(int nice) {
		return new CompilerThreads(new ScoringProperties(AnalyzerKind.OFFLINE,
				new Tuning(2, 416, 5, 4, Duration.ofMillis(200), AnalysisPriority.IDLE, nice)));
	}

	private static ThreadScheduling scheduling(int threadId) throws IOException {
		return ThreadScheduling.of(Path.of("/proc/self/task/" + threadId + "/stat"));
	}

}
