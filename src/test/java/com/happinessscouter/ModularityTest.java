package com.happinessscouter;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** One top-level package per feature; only their public API is used across features. */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(HappinessScouterApplication.class);

	@Test
	void featuresDependOnlyOnEachOthersApi() {
		this.modules.verify();
	}

	@Test
	void writesTheModuleDiagram() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
