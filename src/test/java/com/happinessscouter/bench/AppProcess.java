package com.happinessscouter.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The app under measurement as its own JVM (the production jar, as the container runs
 * it), so its RSS and CPU time are its own and not the load generator's. Samples RSS
 * every 200 ms from {@code /proc}; CPU seconds come from {@code /proc/<pid>/stat}.
 */
final class AppProcess implements AutoCloseable {

	private static final long CLOCK_TICKS_PER_SECOND = 100;

	/** How often the readiness probe is asked while the app starts. */
	private static final long POLL = 100;

	private final Process process;

	private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

	private final AtomicLong peakRssKb = new AtomicLong();

	private long readyRssMb;

	private AppProcess(Process process) {
		this.process = process;
		this.sampler.scheduleAtFixedRate(() -> this.peakRssKb.accumulateAndGet(status("VmRSS"), Math::max), 0, 200,
				TimeUnit.MILLISECONDS);
	}

	/**
	 * Starts {@code java <options> -jar <jar> <settings>}, logging to {@code log}, and
	 * waits until its readiness probe answers, as a load balancer does: the app's
	 * start-up warm-ups run between liveness and readiness.
	 */
	static AppProcess start(Path jar, List<String> javaOptions, List<String> settings, int port, Path log)
			throws IOException {
		List<String> command = new ArrayList<>(List.of(java()));
		command.addAll(javaOptions);
		command.addAll(List.of("-jar", jar.toString()));
		command.addAll(settings);
		return start(command, Path.of("."), Map.of(), port, log);
	}

	/**
	 * {@code java <options> [-XX:AOTCache=app.aot] -jar app.jar}, as the image starts it
	 * in the directory that holds them ({@code bench/app-image.sh} lays it out). With the
	 * cache, one the JVM cannot use stops the start ({@code -XX:AOTMode=on}) rather than
	 * being measured as if it were used.
	 */
	static List<String> imageCommand(List<String> javaOptions, boolean cache) {
		List<String> command = new ArrayList<>(List.of(java()));
		command.addAll(javaOptions);
		if (cache) {
			command.addAll(List.of("-XX:AOTCache=app.aot", "-XX:AOTMode=on"));
		}
		command.addAll(List.of("-jar", "app.jar"));
		return command;
	}

	/**
	 * The words of system property {@code name} (JVM options passed by a bench script as
	 * one string), none when it is unset or blank.
	 */
	static List<String> words(String name) {
		return Arrays.stream(System.getProperty(name, "").split("\\s+")).filter((word) -> !word.isBlank()).toList();
	}

	/**
	 * System property {@code name}'s {@code NAME=value NAME=value}, as a process
	 * environment.
	 */
	static Map<String, String> environment(String name) {
		return words(name).stream()
			.filter((entry) -> entry.contains("="))
			.collect(Collectors.toMap((entry) -> entry.substring(0, entry.indexOf('=')),
					(entry) -> entry.substring(entry.indexOf('=') + 1)));
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * Starts {@code command} in {@code directory} (the app extracted as the container
	 * holds it), with {@code environment} added to this JVM's, and waits until its
	 * readiness probe answers.
	 */
	static AppProcess start(List<String> command, Path directory, Map<String, String> environment, int port, Path log)
			throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
		builder.environment().putAll(environment);
		Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		AppProcess app = new AppProcess(process);
		app.awaitUp(port, log);
		app.readyRssMb = app.rssMb();
		return app;
	}

	private void awaitUp(int port, Path log) {
		URI readiness = URI.create("http://localhost:" + port + "/actuator/health/readiness");
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		try (HttpClient http = HttpClient.newHttpClient()) {
			while (Instant.now().isBefore(deadline) && this.process.isAlive()) {
				try {
					if (http.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding())
						.statusCode() == 200) {
						return;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(POLL);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		throw new IllegalStateException("the app did not start; see " + log);
	}

	/** The app's process id. */
	long pid() {
		return this.process.pid();
	}

	/** Whether the app's process is still running. */
	boolean alive() {
		return this.process.isAlive();
	}

	/** Resident memory now, in MB. */
	long rssMb() {
		return status("VmRSS") / 1024;
	}

	/** Resident memory when the app first reported ready, in MB. */
	long readyRssMb() {
		return this.readyRssMb;
	}

	/**
	 * Writes the JVM's native memory summary ({@code jcmd VM.native_memory summary}) to
	 * {@code target/photo-load-nmt-<moment>.txt} when the app runs with
	 * {@code -XX:NativeMemoryTracking}; otherwise does nothing.
	 */
	void nativeMemory(List<String> javaOptions, String moment) {
		if (javaOptions.stream().noneMatch((option) -> option.startsWith("-XX:NativeMemoryTracking="))) {
			return;
		}
		Path out = Path.of("target", "photo-load-nmt-" + moment + ".txt");
		try {
			new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid()),
					"VM.native_memory", "summary")
				.redirectErrorStream(true)
				.redirectOutput(out.toFile())
				.start()
				.waitFor(30, TimeUnit.SECONDS);
			System.out.printf("native memory %s (RSS %d MB): %s%n", moment, rssMb(), out);
		}
		catch (IOException ex) {
			System.out.println("jcmd failed: " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The highest resident memory seen, in MB (sampled, and the kernel's high-water
	 * mark).
	 */
	long peakRssMb() {
		return Math.max(this.peakRssKb.get(), status("VmHWM")) / 1024;
	}

	/** CPU seconds (user + system) the app has used so far. */
	double cpuSeconds() {
		return cpuSeconds(this.process.pid());
	}

	/**
	 * CPU seconds used so far by each process on the machine's side of the benchmark: the
	 * app, this JVM (load generator and simulated LINE), and this JVM's other children
	 * (the emulators).
	 */
	Map<String, Double> cpuByProcess() {
		Map<String, Double> cpu = new LinkedHashMap<>();
		cpu.put("app", cpuSeconds());
		cpu.put("load generator + simulated LINE", cpuSeconds(ProcessHandle.current().pid()));
		ProcessHandle.current()
			.descendants()
			.filter((child) -> child.pid() != this.process.pid())
			.forEach((child) -> cpu.merge(name(child), cpuSeconds(child.pid()), Double::sum));
		return cpu;
	}

	private static String name(ProcessHandle process) {
		String command = process.info().commandLine().orElse("?");
		if (command.contains("dynalite")) {
			return "dynalite";
		}
		return command.contains("s3mock") ? "S3Mock" : command.split(" ")[0];
	}

	private static double cpuSeconds(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// after the name: state(0) ... utime(11) stime(12), in clock ticks
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS_PER_SECOND;
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	private long status(String field) {
		try {
			return Files.readAllLines(Path.of("/proc", Long.toString(this.process.pid()), "status"))
				.stream()
				.filter((line) -> line.startsWith(field + ":"))
				.mapToLong((line) -> Long.parseLong(line.replaceAll("\\D", "")))
				.findFirst()
				.orElse(0);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.sampler.shutdownNow();
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

}
