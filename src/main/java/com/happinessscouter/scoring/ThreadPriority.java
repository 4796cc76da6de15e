package com.happinessscouter.scoring;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;

/**
 * Lowers a thread's CPU priority on Linux, where scheduling settings belong to each
 * thread, through the Foreign Function API: {@code setpriority(PRIO_PROCESS, tid, nice)}
 * and {@code sched_setscheduler(0, SCHED_IDLE)}. Elsewhere (where they would lower the
 * whole process) the calls do nothing and answer {@code false}. A thread cannot raise its
 * priority again without privileges, and threads it starts inherit it, so only threads
 * that do nothing but background work (analyses, the JIT's optimizing compiler) are
 * lowered.
 */
final class ThreadPriority {

	/** Linux's scheduling policy for work that runs only on otherwise idle cores. */
	static final int SCHED_IDLE = 5;

	private static final int PRIO_PROCESS = 0;

	private static final Linker LINKER = linux() ? Linker.nativeLinker() : null;

	private static final MethodHandle SETPRIORITY = downcall("setpriority", FunctionDescriptor.of(ValueLayout.JAVA_INT,
			ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

	private static final MethodHandle SCHED_SETSCHEDULER = downcall("sched_setscheduler", FunctionDescriptor
		.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));

	private ThreadPriority() {
	}

	/** Sets the calling thread to nice {@code nice}; whether it took. */
	static boolean setCurrentNice(int nice) {
		// thread id 0: the calling thread
		return setNice(0, nice);
	}

	/**
	 * Sets thread {@code threadId} of this process (a Linux thread id, as in
	 * {@code /proc/self/task}) to nice {@code nice}; whether it took.
	 */
	static boolean setNice(int threadId, int nice) {
		try {
			return SETPRIORITY != null && (int) SETPRIORITY.invokeExact(PRIO_PROCESS, threadId, nice) == 0;
		}
		catch (Throwable ex) {
			return false;
		}
	}

	/** Puts the calling thread under {@code SCHED_IDLE}; whether it took. */
	static boolean idleCurrentThread() {
		if (SCHED_SETSCHEDULER == null) {
			return false;
		}
		try (Arena arena = Arena.ofConfined()) {
			// struct sched_param { int sched_priority; }: 0 for SCHED_IDLE
			MemorySegment param = arena.allocate(ValueLayout.JAVA_INT);
			return (int) SCHED_SETSCHEDULER.invokeExact(0, SCHED_IDLE, param) == 0;
		}
		catch (Throwable ex) {
			return false;
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
