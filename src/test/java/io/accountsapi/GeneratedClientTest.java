package io.accountsapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * What a client developer does with each API document: generate a Java client with openapi-generator (its "native"
 * library: java.net.http and Jackson) and compile it. The vendors' operation ids become its method names.
 */
class GeneratedClientTest extends ApiTestSupport {

    @ParameterizedTest
    @CsvSource({
        "organizations, OrganizationsApi, updateOrgProfile",
        "organizations, OrganizationMembersApi, listOrgMembers",
        "users, UsersApi, usersPartialUpdate",
        "users, UserLabelsApi, labelsUsersList"
    })
    void aClientGeneratedFromTheDocumentCompiles(String group, String api, String method, @TempDir Path directory)
            throws IOException {
        var document = directory.resolve(group + ".json");
        Files.writeString(document, get("/v3/api-docs/" + group, null).raw().body());
        var output = directory.resolve("client");

        var generated = new DefaultGenerator()
                .opts(new CodegenConfigurator()
                        .setGeneratorName("java")
                        .setLibrary("native")
                        .setInputSpec(document.toString())
                        .setOutputDir(output.toString())
                        .setApiPackage("com.example." + group + ".api")
                        .setModelPackage("com.example." + group + ".model")
                        .addAdditionalProperty("useJakartaEe", true)
                        .toClientOptInput())
                .generate();

        var sources = javaSources(output.resolve("src/main/java"));
        assertThat(generated).isNotEmpty();
        assertThat(sources).anyMatch(source -> source.getFileName().toString().equals(api + ".java"));
        assertThat(Files.readString(output.resolve("src/main/java/com/example/" + group + "/api/" + api + ".java")))
                .contains(" " + method + "(");
        assertCompiles(sources, directory.resolve("classes"));
    }

    private static List<Path> javaSources(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }

    /** Compiles with the test's own class path, which holds what the generated code needs (Jackson 2, jakarta). */
    private static void assertCompiles(List<Path> sources, Path classes) throws IOException {
        Files.createDirectories(classes);
        var compiler = ToolProvider.getSystemJavaCompiler();
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (var files = compiler.getStandardFileManager(diagnostics, null, null)) {
            var messages = new StringWriter();
            var ok = compiler.getTask(
                            messages,
                            files,
                            diagnostics,
                            List.of(
                                    "-proc:none",
                                    "-d",
                                    classes.toString(),
                                    "-classpath",
                                    System.getProperty("java.class.path") + File.pathSeparator + classpathOfJars()),
                            null,
                            files.getJavaFileObjectsFromPaths(sources))
                    .call();
            assertThat(ok)
                    .as(
                            "javac: %s%n%s",
                            diagnostics.getDiagnostics().stream()
                                    .filter(diagnostic -> diagnostic.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                                    .limit(20)
                                    .toList(),
                            messages)
                    .isTrue();
        }
    }

    /** Surefire may start the tests from a manifest-only jar; javac reads its Class-Path too, this makes sure. */
    private static String classpathOfJars() {
        return System.getProperty("surefire.test.class.path", "");
    }
}
