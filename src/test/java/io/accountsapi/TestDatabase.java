package io.accountsapi;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.testcontainers.DockerClientFactory;

/**
 * The PostgreSQL the tests use, chosen once per JVM before any context starts: the database named by
 * {@code TEST_DATABASE_URL} if set; else a Testcontainers PostgreSQL when a Docker engine answers; else an embedded
 * PostgreSQL started here. There is no fallback to skipping: if none can be had, every database test fails saying how
 * to provide one.
 */
public final class TestDatabase {

    public enum Source {
        URL,
        DOCKER,
        EMBEDDED
    }

    public static final Source SOURCE = choose();

    private static EmbeddedPostgres embedded;

    private TestDatabase() {}

    private static Source choose() {
        if (!env("TEST_DATABASE_URL").isBlank()) {
            return Source.URL;
        }
        return DockerClientFactory.instance().isDockerAvailable() ? Source.DOCKER : Source.EMBEDDED;
    }

    /** Connection details for {@link Source#URL} and {@link Source#EMBEDDED}; Docker goes through {@code @ServiceConnection}. */
    static JdbcConnectionDetails connectionDetails() {
        if (SOURCE == Source.URL) {
            return new UrlConnectionDetails(
                    env("TEST_DATABASE_URL"), env("TEST_DATABASE_USERNAME"), env("TEST_DATABASE_PASSWORD"));
        }
        var postgres = embedded();
        return new UrlConnectionDetails(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }

    private static synchronized EmbeddedPostgres embedded() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("""
                        No PostgreSQL for the tests. Set TEST_DATABASE_URL (with TEST_DATABASE_USERNAME and \
                        TEST_DATABASE_PASSWORD), e.g. TEST_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/test \
                        TEST_DATABASE_USERNAME=postgres; or start a Docker engine for Testcontainers; or fix the \
                        embedded PostgreSQL, which failed to start: """ + e.getMessage(), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::closeEmbedded));
        }
        return embedded;
    }

    private static void closeEmbedded() {
        try {
            embedded.close();
        } catch (IOException e) {
            System.err.println("Could not stop the embedded PostgreSQL: " + e.getMessage());
        }
    }

    private static String env(String name) {
        var value = System.getenv(name);
        return value == null ? "" : value;
    }
}
