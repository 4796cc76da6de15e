package com.happinessscouter.scoring;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;

/**
 * Lowers the calling thread's CPU priority on Linux, where scheduling settings belong to
 * each thread, through the Foreign Function API:
 * {@code sched_setscheduler(0, SCHED_IDLE)} for {@link AnalysisPriority#IDLE},
 * {@code setpriority(PRIO_PROCESS, 0, 10)} for {@link AnalysisPriority#LOW}. Elsewhere
 * (where it would lower the whole process) it does nothing. A thread cannot raise its
 * priority again without privileges, and threads it starts inherit it, so only threads
 * that do nothing but background work call this. {@link #setNice} lowers another thread
 * of the process (the JIT compiler's, see {@link CompilerThreads}).
 */
final class BackgroundPriority {

	/** The nice value of {@link AnalysisPriority#LOW}. */
	static final int LOW_NICE = 10;

	/** Linux's scheduling policy for work that runs only on otherwise idle cores. */
	static final int SCHED_IDLE = 5;

	private static final int PRIO_PROCESS = 0;

	private static final Linker LINKER = linux() ? Linker.nativeLinker() : null;

	private static final MethodHandle SETPRIORITY = downcall("setpriority", FunctionDescriptor.of(ValueLayout.JAVA_INT,
			ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

	private static final MethodHandle SCHED_SETSCHEDULER = downcall("sched_setscheduler", FunctionDescriptor
		.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));

	private BackgroundPriority() {
	}

	/**
	 * Whether the calling thread now runs at {@code priority} ({@code NORMAL} is left as
	 * it is and answers {@code false}).
	 */
	static boolean lowerCurrentThread(AnalysisPriority priority) {
		try {
			return switch (priority) {
				case NORMAL -> false;
				case LOW -> setNice(0, LOW_NICE);
				case IDLE -> SCHED_SETSCHEDULER != null && idle();
			};
		}
		catch (Throwable ex) {
			return false;
		}
	}

	/**
	 * Sets thread {@code threadId} of this process (a Linux thread id, as in
	 * {@code /proc/self/task}; 0 for the calling thread) to nice {@code nice}; whether it
	 * took.
	 */
	static boolean setNice(int threadId, int nice) {
		try {
			return SETPRIORITY != null && (int) SETPRIORITY.invokeExact(PRIO_PROCESS, threadId, nice) == 0;
		}
		catch (Throwable ex) {
			return false;
		}
	}

	private static boolean idle() throws Throwable {
		try (Arena arena = Arena.ofConfined()) {
			// struct sched_param { int sched_priority; }: 0 for SCHED_IDLE
			MemorySegment param = arena.allocate(ValueLayout.JAVA_INT);
			return (int) SCHED_SETSCHEDULER.invokeExact(0, SCHED_IDLE, param) == 0;
		}
	}

	private static boolean linux() {
		return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
	}

	private static MethodHandle downcall(String name, FunctionDescriptor descriptor) {
		if (LINKER == null) {
			return null;
		}
		try {
			return LINKER.defaultLookup()
				.find(name)
				.map((symbol) -> LINKER.downcallHandle(symbol, descriptor))
				.orElse(null);
		}
		catch (RuntimeException | LinkageError ex) {
			// native access denied (--enable-native-access) or no native linker
			return null;
		}
	}

}
