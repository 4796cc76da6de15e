package com.happinessscouter;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.happinessscouter.support.Emulators;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app in its own JVM, started as an operator would (production settings, the secret
 * from the environment) with one required setting blank: it stops with a non-zero exit
 * and one line that names the setting and its environment variable (no page of binding
 * details, no stack trace). (The class path, not the jar: a jar built without
 * {@code -Pproduction} has no Vaadin front end to start.)
 */
class MissingSettingIT {

	@Test
	void aBlankChannelSecret_stopsTheJarWithOneLineNamingIt() throws Exception {
		Emulators emulators = Emulators.shared();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
				"--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
				HappinessScouterApplication.class.getName(), "--server.port=" + Emulators.freePort(),
				"--aws.dynamodb-endpoint=" + emulators.dynamodbEndpoint(),
				"--aws.s3-endpoint=" + emulators.s3Endpoint(), "--app.s3.bucket=missing-it",
				"--app.console.users[0].name=admin",
				"--app.console.users[0].password={bcrypt}$2a$10$xWLtuIb/uk0ZBq7m2RBxxeUqQdkKuLnWeeh4tOmkogt.JAdhpIL6e",
				"--app.console.users[0].role=ADMIN", "--spring.main.banner-mode=off"));
		File log = new File("target", "missing-setting.log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
		builder.environment().put("LINE_CHANNEL_SECRET", "");
		builder.environment().put("LINE_CHANNEL_TOKEN", "token");
		Process app = builder.start();
		try {
			assertThat(app.waitFor(3, TimeUnit.MINUTES)).as("stopped").isTrue();
			assertThat(app.exitValue()).isNotZero();
		}
		finally {
			app.destroyForcibly();
		}
		String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
		assertThat(output.lines().filter((line) -> line.contains("LINE_CHANNEL_SECRET"))).singleElement()
			.asString()
			.contains("line.channel-secret")
			.contains("cannot start");
		assertThat(output).doesNotContain("APPLICATION FAILED TO START")
			.doesNotContain("Application run failed")
			.doesNotContain("BindValidationException");
	}

}
