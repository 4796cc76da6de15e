package com.happinessscouter.scoring;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;

/**
 * Lowers the calling thread's CPU priority on Linux, where the nice value belongs to each
 * thread: {@code setpriority(PRIO_PROCESS, 0, nice)} through the Foreign Function API.
 * Elsewhere (where it would lower the whole process) it does nothing. A thread cannot
 * raise its priority again without privileges, and threads it starts inherit it, so only
 * threads that do nothing but background work call this.
 */
final class BackgroundPriority {

	private static final int PRIO_PROCESS = 0;

	private static final MethodHandle SETPRIORITY = setpriority();

	private BackgroundPriority() {
	}

	/** Whether the calling thread now runs at {@code nice} (0 is left as it is). */
	static boolean lowerCurrentThread(int nice) {
		if (nice == 0 || SETPRIORITY == null) {
			return false;
		}
		try {
			return (int) SETPRIORITY.invokeExact(PRIO_PROCESS, 0, nice) == 0;
		}
		catch (Throwable ex) {
			return false;
		}
	}

	private static MethodHandle setpriority() {
		if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
			return null;
		}
		try {
			Linker linker = Linker.nativeLinker();
			return linker.defaultLookup()
				.find("setpriority")
				.map((symbol) -> linker.downcallHandle(symbol,
						FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
								ValueLayout.JAVA_INT)))
				.orElse(null);
		}
		catch (RuntimeException | LinkageError ex) {
			// native access denied (--enable-native-access) or no native linker
			return null;
		}
	}

}
