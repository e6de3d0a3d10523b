package io.accountsapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * No Docker engine runs here, so the container files are checked as far as they can be without one: the compose file
 * parses and sets only settings the server reads, and the image is built by the same command as CI's build.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir"));

    @Test
    @SuppressWarnings("unchecked")
    void composeSetsOnlySettingsTheServerReads() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        var services = (Map<String, Map<String, Object>>) compose.get("services");
        var environment = (Map<String, Object>) services.get("api").get("environment");
        var known = knownProperties();

        assertThat(services).containsKeys("api", "db");
        assertThat(environment).isNotEmpty();
        assertThat(environment.keySet())
                .allSatisfy(variable -> assertThat(known)
                        .as("%s binds to a property the server reads", variable)
                        .contains(relaxed(variable)));
        assertThat(((Map<String, Object>) services.get("api").get("depends_on")))
                .containsKey("db");
        assertThat(services.get("db").get("image")).isEqualTo("postgres:17");
        assertThat(compose).containsKey("volumes");
    }

    @Test
    void imageIsBuiltByCisBuildCommandAndRunsUnprivileged() throws IOException {
        var dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        var ciRun = Files.readString(ROOT.resolve(".ci/run"));

        assertThat(dockerfile)
                .contains("RUN bash .ci/build")
                .contains("USER 10001")
                .contains("HEALTHCHECK")
                .contains("eclipse-temurin:25-jre")
                .contains("--layers");
        assertThat(ciRun).contains("bash .ci/build").contains("./mvnw -B verify");
    }

    @Test
    void imageStartsFromAnAheadOfTimeCacheWithTheJvmFlagsTheBenchMeasures() throws IOException {
        var dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        var bench = Files.readString(ROOT.resolve("bench/lib.sh"));
        var benchFlags = bench.replaceAll("(?s).*JAVA_OPTS=\\$\\{JAVA_OPTS:-([^}]*)}.*", "$1");

        assertThat(benchFlags).startsWith("-X").doesNotContain("\n");
        assertThat(dockerfile)
                .contains("ENV JAVA_OPTS=\"" + benchFlags + " ")
                .contains("RUN bash /usr/local/bin/aot-cache /app/accounts-api.jar /app")
                .contains("-XX:AOTCache=/app/accounts-api.aot -jar /app/accounts-api.jar");
    }

    /** Every property of the server and its libraries, in the form environment variables bind to. */
    private static Set<String> knownProperties() throws IOException {
        var names = new HashSet<String>();
        var mapper = JsonMapper.builder().build();
        for (var resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:META-INF/spring-configuration-metadata.json")) {
            try (var in = resource.getInputStream()) {
                mapper.readTree(in)
                        .path("properties")
                        .forEach(property ->
                                names.add(relaxed(property.get("name").asString())));
            }
        }
        return names;
    }

    /** Spring Boot's binding of environment variables: case, dots, dashes and underscores do not matter. */
    private static String relaxed(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", ".");
    }
}
