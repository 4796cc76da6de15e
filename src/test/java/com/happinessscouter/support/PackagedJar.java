package com.happinessscouter.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The jar {@code package} built (failsafe runs after it), for tests that start it. */
public final class PackagedJar {

	private PackagedJar() {
	}

	public static Path path() {
		try (Stream<Path> files = Files.list(Path.of("target").toAbsolutePath())) {
			return files.filter((file) -> file.getFileName().toString().matches("happiness-scouter-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no target/happiness-scouter-*.jar: run ./mvnw package"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
