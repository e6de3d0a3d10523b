package io.accountsapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application's modules as Spring Modulith sees them (each package under {@code io.accountsapi}, its sub-packages
 * internal to it): no cycle between modules, no module reaching into another's internals or depending on one its
 * {@code package-info.java} does not allow. Their diagram in {@code docs/modules/} is the one the code draws.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(AccountsApiApplication.class);
    private static final Path DRAWN = Path.of("target/modules");
    private static final Path DOCUMENTED = Path.of("docs/modules");

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirInterfaces() {
        MODULES.verify();
    }

    @Test
    void theDocumentedDiagramsAreTheModulesAsTheyAre() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DRAWN.toString()))
                .writeModulesAsPlantUml();

        try (Stream<Path> drawn = Files.list(DRAWN)) {
            for (var diagram :
                    drawn.filter(path -> path.toString().endsWith(".puml")).toList()) {
                var documented = DOCUMENTED.resolve(diagram.getFileName());
                assertThat(documented)
                        .as("%s: copy %s there", documented, diagram)
                        .exists();
                // The same lines: Modulith writes the arrows in no fixed order.
                assertThat(Files.readAllLines(documented))
                        .as("%s is out of date: copy %s there", documented, diagram)
                        .containsExactlyInAnyOrderElementsOf(Files.readAllLines(diagram));
            }
        }
    }
}
