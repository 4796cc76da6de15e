package com.happinessscouter;

import java.nio.file.Path;

import com.happinessscouter.support.Emulators;

import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * {@code ./mvnw}: the whole app on this machine with no AWS or LINE account. Starts
 * dynalite and S3Mock (data kept under {@code data/}, or {@code -Dapp.local.data-dir}),
 * then the app in the {@code local} profile: offline face model, LINE simulator at
 * {@code /simulator}.
 */
public final class LocalHappinessScouter {

	private LocalHappinessScouter() {
	}

	public static void main(String[] args) {
		Emulators emulators = Emulators.start(Path.of(System.getProperty("app.local.data-dir", "data")), true);
		Runtime.getRuntime().addShutdownHook(new Thread(emulators::close, "emulators-stop"));
		new SpringApplicationBuilder(HappinessScouterApplication.class).profiles("local")
			.properties(emulators.properties())
			.listeners(new LocalBanner())
			.run(args);
	}

}
