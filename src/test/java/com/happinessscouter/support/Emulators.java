package com.happinessscouter.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The local AWS: dynalite (DynamoDB, npm, MIT) and Adobe S3Mock (S3, Apache-2.0), each a
 * child process on a free port. Tests share one pair per JVM ({@link #shared()}); the
 * local run keeps their data under {@code data/}.
 */
public final class Emulators implements AutoCloseable {

	private static Emulators shared;

	private volatile EmulatorProcess dynamodb;

	private volatile EmulatorProcess s3;

	private final int dynamodbPort;

	private final int s3Port;

	private final Path dataDirectory;

	private final boolean persistent;

	private Emulators(EmulatorProcess dynamodb, int dynamodbPort, EmulatorProcess s3, int s3Port, Path dataDirectory,
			boolean persistent) {
		this.dynamodb = dynamodb;
		this.dynamodbPort = dynamodbPort;
		this.s3 = s3;
		this.s3Port = s3Port;
		this.dataDirectory = dataDirectory;
		this.persistent = persistent;
	}

	/** Stops S3 (an outage); {@link #startS3Again()} brings it back with its data. */
	public void stopS3() {
		this.s3.close();
	}

	public void startS3Again() {
		this.s3 = startS3(Path.of(System.getProperty("user.dir")), this.dataDirectory.resolve("s3").toAbsolutePath(),
				this.s3Port, freePort());
	}

	/**
	 * Stops DynamoDB (an outage); {@link #startDynamodbAgain()} brings it back, with its
	 * data when started persistent.
	 */
	public void stopDynamodb() {
		this.dynamodb.close();
	}

	public void startDynamodbAgain() {
		this.dynamodb = startDynamodb(Path.of(System.getProperty("user.dir")),
				this.dataDirectory.resolve("dynamodb").toAbsolutePath(), this.dynamodbPort, this.persistent);
	}

	/** One pair of emulators for this test JVM, with throw-away data. */
	public static synchronized Emulators shared() {
		if (shared == null) {
			try {
				shared = start(Files.createTempDirectory("happiness-emulators"), false);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "emulators-stop"));
		}
		return shared;
	}

	/**
	 * Starts both emulators with their files under {@code dataDirectory}.
	 * @param persistent keep DynamoDB data on disk (dynalite keeps it in memory
	 * otherwise)
	 */
	public static Emulators start(Path dataDirectory, boolean persistent) {
		Path root = Path.of(System.getProperty("user.dir"));
		// three distinct ports, chosen before any emulator binds one: S3Mock's server
		// port once took dynalite's, and DynamoDB calls reached S3Mock
		int[] ports = java.util.stream.IntStream.generate(Emulators::freePort).distinct().limit(3).toArray();
		int dynamodbPort = ports[0];
		int s3Port = ports[1];
		CompletableFuture<EmulatorProcess> s3 = CompletableFuture
			.supplyAsync(() -> startS3(root, dataDirectory.resolve("s3").toAbsolutePath(), s3Port, ports[2]));
		EmulatorProcess dynamodb = startDynamodb(root, dataDirectory.resolve("dynamodb").toAbsolutePath(), dynamodbPort,
				persistent);
		return new Emulators(dynamodb, dynamodbPort, s3.join(), s3Port, dataDirectory, persistent);
	}

	private static EmulatorProcess startDynamodb(Path root, Path directory, int port, boolean persistent) {
		Path cli = root.resolve("tools/node/node_modules/dynalite/cli.js");
		if (!Files.exists(cli)) {
			throw new IllegalStateException("dynalite is not installed: run ./mvnw generate-test-resources");
		}
		List<String> command = new java.util.ArrayList<>(
				List.of("node", cli.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port),
						"--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"));
		if (persistent) {
			command.addAll(List.of("--path", directory.resolve("db").toString()));
		}
		return EmulatorProcess.start("dynalite", command, directory)
			.awaitReady(() -> EmulatorProcess.listening(port), Duration.ofSeconds(30));
	}

	private static EmulatorProcess startS3(Path root, Path directory, int port, int serverPort) {
		Path jar = root.resolve("target/emulators/s3mock-exec.jar");
		if (!Files.exists(jar)) {
			throw new IllegalStateException("S3Mock is missing: run ./mvnw generate-test-resources");
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
				"--http.port=" + port, "--server.port=" + serverPort, "--logging.level.root=WARN",
				"--com.adobe.testing.s3mock.store.root=" + directory.resolve("store"),
				"--com.adobe.testing.s3mock.store.retain-files-on-exit=true");
		return EmulatorProcess.start("s3mock", command, directory)
			.awaitReady(() -> answers(URI.create("http://127.0.0.1:" + port + "/")), Duration.ofSeconds(90));
	}

	private static boolean answers(URI uri) {
		try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(300)).build()) {
			http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
					HttpResponse.BodyHandlers.discarding());
			return true;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public URI dynamodbEndpoint() {
		return URI.create("http://127.0.0.1:" + this.dynamodbPort);
	}

	public URI s3Endpoint() {
		return URI.create("http://127.0.0.1:" + this.s3Port);
	}

	/** Spring properties pointing the app's AWS clients here. */
	public Map<String, Object> properties() {
		return Map.of("aws.dynamodb-endpoint", dynamodbEndpoint().toString(), "aws.s3-endpoint",
				s3Endpoint().toString());
	}

	@Override
	public void close() {
		this.s3.close();
		this.dynamodb.close();
	}

}
