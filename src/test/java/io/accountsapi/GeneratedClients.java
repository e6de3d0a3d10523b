package io.accountsapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * What a client developer does with an API document: generate a Java client with openapi-generator (its "native"
 * library: java.net.http and Jackson), compile it, and load it.
 */
final class GeneratedClients {

    private GeneratedClients() {}

    /** Generates the client of {@code document} into {@code output}, its classes under {@code com.example.<name>}. */
    static Path generate(Path document, Path output, String name) {
        var generated = new DefaultGenerator()
                .opts(new CodegenConfigurator()
                        .setGeneratorName("java")
                        .setLibrary("native")
                        .setInputSpec(document.toString())
                        .setOutputDir(output.toString())
                        .setApiPackage("com.example." + name + ".api")
                        .setModelPackage("com.example." + name + ".model")
                        .addAdditionalProperty("useJakartaEe", true)
                        .toClientOptInput())
                .generate();
        assertThat(generated).isNotEmpty();
        return output.resolve("src/main/java");
    }

    static List<Path> javaSources(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }

    /** Compiles with the test's own class path, which holds what the generated code needs (Jackson 2, jakarta). */
    static void assertCompiles(List<Path> sources, Path classes) throws IOException {
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
                                    .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                                    .limit(20)
                                    .toList(),
                            messages)
                    .isTrue();
        }
    }

    /** The compiled client's classes, over the test's own (which hold Jackson 2 and the rest it needs). */
    static URLClassLoader load(Path classes) throws IOException {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedClients.class.getClassLoader());
    }

    /** Surefire may start the tests from a manifest-only jar; javac reads its Class-Path too, this makes sure. */
    private static String classpathOfJars() {
        return System.getProperty("surefire.test.class.path", "");
    }
}
