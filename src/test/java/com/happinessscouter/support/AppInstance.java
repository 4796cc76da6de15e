package com.happinessscouter.support;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.happinessscouter.HappinessScouterApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another app instance in the test JVM, on its own port and table, on the shared
 * emulators and talking to the shared test app's simulated LINE API (which records what
 * guests receive).
 */
public final class AppInstance {

	private AppInstance() {
	}

	public static ConfigurableApplicationContext start(int port, String table, String... settings) {
		return start(Emulators.shared(), port, table, settings);
	}

	/** An instance on its own emulators (outage tests stop and start them). */
	public static ConfigurableApplicationContext start(Emulators emulators, int port, String table,
			String... settings) {
		return new SpringApplicationBuilder(HappinessScouterApplication.class).profiles("local")
			.run(arguments(emulators, port, table, settings).toArray(String[]::new));
	}

	/**
	 * The command-line settings of such an instance (also for one in its own process).
	 */
	public static List<String> arguments(Emulators emulators, int port, String table, String... settings) {
		return arguments(emulators, port, table, URI.create("http://localhost:" + ScouterIT.PORT + "/"), settings);
	}

	/** The same, answering through the simulated LINE API at {@code line}. */
	public static List<String> arguments(Emulators emulators, int port, String table, URI line, String... settings) {
		List<String> args = new ArrayList<>(
				List.of("--server.port=" + port, "--aws.dynamodb-endpoint=" + emulators.dynamodbEndpoint(),
						"--aws.s3-endpoint=" + emulators.s3Endpoint(), "--app.dynamodb.table=" + table,
						"--app.s3.bucket=" + table, "--line.api-url=" + line, "--line.data-api-url=" + line,
						"--app.events.seed-demo=false", "--spring.jmx.enabled=false"));
		args.addAll(List.of(settings));
		return args;
	}

}
