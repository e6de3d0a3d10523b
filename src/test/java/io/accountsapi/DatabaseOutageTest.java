package io.accountsapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * CONTRACT section 6: while the database is down every request answers 503 with Retry-After within 3 seconds, and
 * the server serves again by itself when the database returns. This test owns a PostgreSQL it can stop and start.
 */
@Import(DatabaseOutageTest.StoppableDatabase.class)
class DatabaseOutageTest extends ApiTestSupport {

    private static final Path DATA = tempDirectory();
    private static final int PORT = freePort();
    private static EmbeddedPostgres postgres = start();

    @TestConfiguration(proxyBeanMethods = false)
    static class StoppableDatabase {
        @Bean
        @Primary
        JdbcConnectionDetails stoppableDatabase() {
            return new UrlConnectionDetails(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        }
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }

    @Test
    void outageGives503QuicklyAndTheServerRecoversByItself() throws Exception {
        var tenant = newTenant();
        var profile = "/organizations/" + tenant.organizationId() + "/profile";
        assertThat(get(profile, bearer(tenant.adminKey())).status()).isEqualTo(200);

        postgres.close();
        var stopped = System.nanoTime();
        try {
            var readiness = 0;
            while (readiness != 503
                    && System.nanoTime() - stopped < Duration.ofSeconds(5).toNanos()) {
                readiness = get("/actuator/health/readiness", null).status();
            }
            assertThat(readiness).as("readiness turns DOWN within 5 s").isEqualTo(503);
            assertThat(get("/actuator/health/liveness", null).status())
                    .as("but the process is alive")
                    .isEqualTo(200);
            for (var request : new Runnable[] {
                () -> assertUnavailable(get(profile, bearer(tenant.adminKey())), "application/problem+json"),
                () -> assertUnavailable(
                        patch(profile, bearer(tenant.adminKey()), "{\"company_name\": \"x\"}"),
                        "application/problem+json"),
                () -> assertUnavailable(get("/users/", jwt(tenant.adminKey())), "application/json")
            }) {
                var started = System.nanoTime();
                request.run();
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            }
        } finally {
            postgres = start();
        }

        var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        var status = 0;
        while (status != 200 && System.nanoTime() < deadline) {
            status = get(profile, bearer(tenant.adminKey())).status();
            Thread.sleep(100);
        }
        assertThat(status).as("served again without a restart").isEqualTo(200);
        assertThat(get("/actuator/health/readiness", null).status())
                .as("and ready again")
                .isEqualTo(200);
        assertThat(patch(profile, bearer(tenant.adminKey()), "{\"company_name\": \"After\"}")
                        .status())
                .isEqualTo(200);
    }

    private static void assertUnavailable(Response response, String contentType) {
        assertThat(response.status()).as(response.toString()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isEqualTo("1");
        assertThat(response.contentType()).startsWith(contentType);
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(DATA)
                    .setCleanDataDirectory(false)
                    .setPort(PORT)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL this test stops and restarts", e);
        }
    }

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("accounts-outage-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
