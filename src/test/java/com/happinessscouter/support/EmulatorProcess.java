package com.happinessscouter.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A child process (an emulator) that cannot outlive this JVM: it runs under a small shell
 * that waits on our pipe and kills the emulator when the pipe closes, which happens even
 * when this JVM is killed with {@code -9}.
 */
final class EmulatorProcess implements AutoCloseable {

	private final String name;

	private final Process process;

	private final Path log;

	private EmulatorProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	static EmulatorProcess start(String name, List<String> command, Path workingDirectory) {
		try {
			Files.createDirectories(workingDirectory);
			Path log = workingDirectory.resolve(name + ".log");
			List<String> wrapped = new ArrayList<>(List.of("sh", "-c",
					"\"$@\" & child=$!; trap 'kill $child 2>/dev/null' EXIT; cat >/dev/null; exit 0", name));
			wrapped.addAll(command);
			Process process = new ProcessBuilder(wrapped).directory(workingDirectory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			return new EmulatorProcess(name, process, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name, ex);
		}
	}

	/** Waits until the emulator answers, or fails with the tail of its log. */
	EmulatorProcess awaitReady(BooleanSupplier ready, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " exited early:\n" + logTail());
			}
			if (ready.getAsBoolean()) {
				return this;
			}
			sleep();
		}
		throw new IllegalStateException(this.name + " not ready after " + timeout + ":\n" + logTail());
	}

	static boolean listening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.process.getOutputStream().close();
			this.process.waitFor(Duration.ofSeconds(10));
		}
		catch (IOException ex) {
			this.process.destroy();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroy();
		}
	}

}
