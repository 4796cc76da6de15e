package com.happinessscouter.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A Linux thread's scheduling policy and nice value, fields 41 and 19 of its {@code stat}
 * file.
 */
public record ThreadScheduling(int policy, int nice) {

	/** The calling thread's, from {@code /proc/thread-self/stat}. */
	public static ThreadScheduling current() throws IOException {
		return of(Path.of("/proc/thread-self/stat"));
	}

	/** From a thread's {@code stat} file, e.g. {@code /proc/self/task/<id>/stat}. */
	public static ThreadScheduling of(Path statFile) throws IOException {
		String stat = Files.readString(statFile);
		// fields after the command name start with the state, field 3
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return new ThreadScheduling(Integer.parseInt(fields[41 - 3]), Integer.parseInt(fields[19 - 3]));
	}

	public static boolean linux() {
		return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux");
	}

}
