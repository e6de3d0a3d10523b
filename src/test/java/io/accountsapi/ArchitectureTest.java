package io.accountsapi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package structure docs/architecture.md describes, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.accountsapi");

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        slices().matching("io.accountsapi.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void webKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("io.accountsapi.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.accountsapi.drf..",
                        "io.accountsapi.auth..",
                        "io.accountsapi.organization..",
                        "io.accountsapi.user..",
                        "io.accountsapi.provisioning..")
                .check(CLASSES);
    }

    @Test
    void theDrfDialectKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("io.accountsapi.drf..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.accountsapi.auth..",
                        "io.accountsapi.organization..",
                        "io.accountsapi.user..",
                        "io.accountsapi.provisioning..")
                .check(CLASSES);
    }

    @Test
    void authenticationKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("io.accountsapi.auth..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.accountsapi.organization..", "io.accountsapi.user..", "io.accountsapi.provisioning..")
                .check(CLASSES);
    }

    @Test
    void everythingPersistsThroughRepositories() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc.core..")
                .check(CLASSES);
    }
}
