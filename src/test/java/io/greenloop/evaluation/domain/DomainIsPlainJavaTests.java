package io.greenloop.evaluation.domain;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The evaluation engine is plain Java: no Spring, no other module. */
class DomainIsPlainJavaTests {

	@Test
	void usesNothingButTheJdk() {
		JavaClasses domain = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.greenloop.evaluation.domain");
		classes().should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "io.greenloop.evaluation.domain")
			.check(domain);
	}

}
