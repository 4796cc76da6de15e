package com.happinessscouter;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.happinessscouter.support.Emulators;
import com.happinessscouter.support.PackagedJar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar started as an operator would ({@code java -jar}, production settings
 * from the environment) with one required setting blank: it stops with a non-zero exit
 * and one line that names the setting and its environment variable (no page of binding
 * details, no stack trace). The jar of a plain {@code package} runs with
 * {@code -Dvaadin.productionMode=true}, as {@link EmptyDirectoryStartIT} explains.
 */
class MissingSettingIT {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "LINE_CHANNEL_SECRET, line.channel-secret", "LINE_CHANNEL_TOKEN, line.channel-token",
			"APP_DYNAMODB_TABLE, app.dynamodb.table", "APP_S3_BUCKET, app.s3.bucket",
			"APP_CONSOLE_USERS_0_NAME, app.console.users" })
	void aBlankRequiredSetting_stopsTheJarWithOneLineNamingIt(String variable, String setting) throws Exception {
		Emulators emulators = Emulators.shared();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		File log = new File("target", "missing-" + variable + ".log");
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
				"-Dvaadin.productionMode=true", "-jar", PackagedJar.path().toString(),
				"--server.port=" + Emulators.freePort(), "--spring.main.banner-mode=off")
			.redirectErrorStream(true)
			.redirectOutput(log);
		Map<String, String> environment = new HashMap<>(Map.of("LINE_CHANNEL_SECRET", "secret", "LINE_CHANNEL_TOKEN",
				"token", "APP_DYNAMODB_TABLE", "missing-it", "APP_S3_BUCKET", "missing-it", "AWS_DYNAMODB_ENDPOINT",
				emulators.dynamodbEndpoint().toString(), "AWS_S3_ENDPOINT", emulators.s3Endpoint().toString(),
				"APP_CONSOLE_USERS_0_NAME", "admin", "APP_CONSOLE_USERS_0_PASSWORD",
				"{bcrypt}$2a$10$xWLtuIb/uk0ZBq7m2RBxxeUqQdkKuLnWeeh4tOmkogt.JAdhpIL6e", "APP_CONSOLE_USERS_0_ROLE",
				"ADMIN"));
		environment.put(variable, "");
		builder.environment()
			.keySet()
			.removeIf((name) -> List.of("APP_", "LINE_", "AWS_", "SPRING_").stream().anyMatch(name::startsWith));
		builder.environment().putAll(environment);
		Process app = builder.start();
		try {
			assertThat(app.waitFor(3, TimeUnit.MINUTES)).as("stopped").isTrue();
			assertThat(app.exitValue()).isNotZero();
		}
		finally {
			app.destroyForcibly();
		}
		String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
		assertThat(output.lines().filter((line) -> line.contains("cannot start"))).singleElement()
			.asString()
			.contains(setting)
			.contains(variable.startsWith("APP_CONSOLE_USERS") ? "APP_CONSOLE_USERS" : variable);
		assertThat(output).doesNotContain("APPLICATION FAILED TO START")
			.doesNotContain("Application run failed")
			.doesNotContain("BindValidationException");
	}

}
