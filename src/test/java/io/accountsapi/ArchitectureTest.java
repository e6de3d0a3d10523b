package io.accountsapi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.stream.Stream;
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

    /** The features: what neither the shared web layer, nor a dialect's machinery, nor authentication may know. */
    private static final String[] FEATURES = {
        "io.accountsapi.organization..", "io.accountsapi.user..", "io.accountsapi.provisioning.."
    };

    @Test
    void webKnowsNoDialectAndNoFeature() {
        knowsNone("io.accountsapi.web..", "io.accountsapi.drf..", "io.accountsapi.auth..");
    }

    @Test
    void theDrfDialectKnowsNoFeature() {
        knowsNone("io.accountsapi.drf..", "io.accountsapi.auth..");
    }

    @Test
    void authenticationKnowsNoFeature() {
        knowsNone("io.accountsapi.auth..");
    }

    private static void knowsNone(String knower, String... alsoUnknown) {
        noClasses()
                .that()
                .resideInAPackage(knower)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(Stream.concat(Arrays.stream(FEATURES), Arrays.stream(alsoUnknown))
                        .toArray(String[]::new))
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
