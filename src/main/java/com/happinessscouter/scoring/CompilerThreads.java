package com.happinessscouter.scoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.happinessscouter.threads.ThreadPriority;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lowers the JVM's JIT compiler threads to nice {@code app.scoring.compiler-nice} once
 * the app is ready (Linux). Through a burst they still compile the app's code paths (the
 * AWS SDK's most) for about a fifth of a core; at nice 10 they wait for the webhook's ack
 * and the guests' background work instead of holding them up, and still come before the
 * analyses ({@code SCHED_IDLE}). Start-up, and the warm-up before readiness, compile at
 * full priority. Compiler threads the JVM adds later are started by a compiler thread and
 * inherit its nice value.
 */
@Component
class CompilerThreads {

	private static final Logger logger = LoggerFactory.getLogger(CompilerThreads.class);

	private static final Path TASKS = Path.of("/proc/self/task");

	private final int nice;

	CompilerThreads(ScoringProperties properties) {
		this.nice = properties.scoring().compilerNice();
	}

	@EventListener(ApplicationReadyEvent.class)
	void lower() {
		if (this.nice == 0 || !Files.isDirectory(TASKS)) {
			return;
		}
		List<Integer> threads = compilerThreadIds();
		long lowered = threads.stream().filter((id) -> ThreadPriority.setNice(id, this.nice)).count();
		if (lowered > 0) {
			logger.info("JIT compiler threads at nice {}: {} of {}", this.nice, lowered, threads.size());
		}
		else {
			logger.warn("Could not lower the JIT compiler threads' priority (Linux only, needs "
					+ "--enable-native-access=ALL-UNNAMED): compilations share the CPU equally with the webhook");
		}
	}

	/**
	 * This process's JIT compiler threads ({@code C1 CompilerThre...}, {@code C2 ...}).
	 */
	static List<Integer> compilerThreadIds() {
		try (Stream<Path> tasks = Files.list(TASKS)) {
			return tasks.filter(CompilerThreads::isCompilerThread)
				.map((task) -> Integer.valueOf(task.getFileName().toString()))
				.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private static boolean isCompilerThread(Path task) {
		try {
			return Files.readString(task.resolve("comm")).contains("CompilerThre");
		}
		catch (IOException ex) {
			// the thread has ended
			return false;
		}
	}

}
