package com.happinessscouter.scoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Lowers the JVM's optimizing JIT compiler threads ({@code C2 CompilerThread...}) to nice
 * {@code app.scoring.compiler-nice} as the app starts (Linux), before its context is
 * built. A start-up runs thousands of methods often enough for C2, whose compilations
 * then took 5.9 s of CPU in a 7.5 s start on 2 cores, beside the one thread that starts
 * the app; at nice 10 C2 compiles on the CPU that thread leaves, and the app is ready a
 * second sooner (the figures: docs/operations.md). The quick compiler (C1) keeps its
 * priority: the start runs on its code. Once ready nothing else competes: C2 had the same
 * effect on the burst at nice 10 as at 0. Compiler threads the JVM adds later are started
 * by a compiler thread and inherit its nice value. Registered by the app's entry points
 * (not in tests, which share one JVM).
 */
public final class CompilerPriority implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	/** The setting; 0 leaves the compiler as the JVM starts it. */
	static final String SETTING = "app.scoring.compiler-nice";

	private static final Logger logger = LoggerFactory.getLogger(CompilerPriority.class);

	private static final Path TASKS = Path.of("/proc/self/task");

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		int nice = event.getEnvironment().getProperty(SETTING, Integer.class, 0);
		if (nice == 0 || !Files.isDirectory(TASKS)) {
			return;
		}
		List<Integer> threads = optimizingCompilerThreads();
		if (lower(threads, nice) == 0) {
			logger.warn("Could not lower the JIT's optimizing compiler (Linux only, needs "
					+ "--enable-native-access=ALL-UNNAMED): it shares the CPU equally with the start-up");
		}
	}

	/** Sets each thread to nice {@code nice}; how many took. */
	static long lower(List<Integer> threads, int nice) {
		return threads.stream().filter((id) -> ThreadPriority.setNice(id, nice)).count();
	}

	/** This process's optimizing compiler threads, by their Linux thread ids. */
	static List<Integer> optimizingCompilerThreads() {
		try (Stream<Path> tasks = Files.list(TASKS)) {
			return tasks.filter(CompilerPriority::isOptimizingCompiler)
				.map((task) -> Integer.valueOf(task.getFileName().toString()))
				.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	private static boolean isOptimizingCompiler(Path task) {
		try {
			// the kernel keeps 15 characters of a thread's name: "C2 CompilerThre"
			return Files.readString(task.resolve("comm")).startsWith("C2 Compiler");
		}
		catch (IOException ex) {
			// the thread has ended
			return false;
		}
	}

}
