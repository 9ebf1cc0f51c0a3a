package io.greenloop;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture is a test: modules only use what they declare, and the diagram in
 * docs/ is generated.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(GreenloopApplication.class);

	@Test
	void modulesRespectTheirDeclaredDependencies() {
		modules.verify();
	}

	@Test
	void everyCapabilityIsAModule() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString())).contains("shared", "region",
				"plan", "portal");
	}

	@Test
	void writesTheModuleDiagramIntoDocs() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/architecture"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
