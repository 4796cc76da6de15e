package com.happinessscouter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** One top-level package per feature; only their public API is used across features. */
class ModularityTest {

	private static final Path ARCHITECTURE = Path.of("docs/architecture.md");

	private final ApplicationModules modules = ApplicationModules.of(HappinessScouterApplication.class);

	@Test
	void featuresDependOnlyOnEachOthersApiAndOnWhatTheyAllow() {
		this.modules.verify();
	}

	@Test
	void architectureDocumentShowsEachModuleWithItsDependencies() throws IOException {
		List<String> documented = Files.readAllLines(ARCHITECTURE)
			.stream()
			.filter((line) -> line.startsWith("| `"))
			.map((line) -> line.substring(0, line.indexOf(" |", line.indexOf(" | ") + 3) + 2))
			.toList();
		List<String> actual = this.modules.stream()
			.sorted(Comparator.comparing(ApplicationModule::getName))
			.map(this::row)
			.toList();
		assertThat(documented)
			.as("the module table of %s; from the module model it reads:%n%s", ARCHITECTURE, String.join("\n", actual))
			.containsExactlyElementsOf(actual);
	}

	@Test
	void writesTheModuleDiagram() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

	/** {@code | `module` | `a`, `b` |}: the start of the module's row in the document. */
	private String row(ApplicationModule module) {
		String dependencies = module.getDirectDependencies(this.modules)
			.uniqueModules()
			.map(ApplicationModule::getName)
			.sorted()
			.map((name) -> "`" + name + "`")
			.collect(Collectors.joining(", "));
		return "| `" + module.getName() + "` | " + (dependencies.isEmpty() ? "—" : dependencies) + " |";
	}

}
