package io.accountsapi.datasource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.accountsapi.AccountsApiApplication;
import io.accountsapi.ApiTestSupport;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server against a real primary and hot standby ({@link ReplicatedPostgres}): read-only transactions on the
 * replica once it has replayed what the request must see, everything else on the primary, and no request failing or
 * reading stale data when the replica stops or pauses. Its context is closed after it, with its pools and replica
 * checks, since its databases stop with it.
 */
@Import(ReplicaReadsTest.Primary.class)
@DirtiesContext
class ReplicaReadsTest extends ApiTestSupport {

    private static final ReplicatedPostgres CLUSTERS = ReplicatedPostgres.start();

    /** The primary, in place of the test database the other tests share. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Primary {
        @Bean
        @org.springframework.context.annotation.Primary
        JdbcConnectionDetails replicatedPrimary() {
            return new JdbcConnectionDetails() {
                @Override
                public String getUsername() {
                    return "postgres";
                }

                @Override
                public String getPassword() {
                    return "";
                }

                @Override
                public String getJdbcUrl() {
                    return CLUSTERS.primaryUrl();
                }
            };
        }
    }

    @DynamicPropertySource
    static void replica(DynamicPropertyRegistry registry) {
        registry.add("accounts.datasource.replicas[0].url", CLUSTERS::standbyUrl);
        registry.add("accounts.datasource.check-interval", () -> "200ms");
        registry.add("accounts.datasource.max-replica-lag", () -> "2s");
        registry.add("management.endpoint.health.show-details", () -> "always");
    }

    @AfterAll
    static void stopClusters() throws Exception {
        CLUSTERS.close();
    }

    @Autowired
    MeterRegistry meters;

    private TestTenant tenant;

    @BeforeEach
    void createTenant() {
        tenant = newTenant();
        awaitReplicaAvailable();
    }

    @Test
    void readOnlyTransactionsRunOnTheReplicaAndWritesOnThePrimary() {
        awaitReplicaCaughtUp();
        var replicaBefore = reads("replica-0");
        var standbyBefore = CLUSTERS.standbyTransactions();

        for (int i = 0; i < 20; i++) {
            assertThat(get("/users/?length=50", jwt(tenant.adminKey())).status())
                    .isEqualTo(200);
        }
        var write = patch(
                "/organizations/" + tenant.organizationId() + "/profile",
                bearer(tenant.adminKey()),
                "{\"company_name\": \"Written\"}");

        assertThat(write.status()).isEqualTo(200);
        assertThat(CLUSTERS.primary()
                        .sql("SELECT company_name FROM profiles WHERE organization_id = :id")
                        .param("id", tenant.organizationId())
                        .query(String.class)
                        .single())
                .isEqualTo("Written");
        assertThat(reads("replica-0") - replicaBefore)
                .as("every list read on the replica, caught up before they began")
                .isEqualTo(20);
        assertThat(CLUSTERS.standbyTransactions()).isGreaterThanOrEqualTo(standbyBefore);
    }

    @Test
    void aWriteIsSeenByTheNextReadEveryTime() {
        var path = "/organizations/" + tenant.organizationId() + "/profile";
        var stale = 0;
        for (int i = 0; i < 1000; i++) {
            var name = "Company " + i;
            assertThat(patch(path, bearer(tenant.adminKey()), "{\"company_name\": \"" + name + "\"}")
                            .status())
                    .isEqualTo(200);
            var read = get(path, bearer(tenant.memberKey()));
            if (!read.body().get("company_name").asString().equals(name)) {
                stale++;
            }
        }

        assertThat(stale).isZero();
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        var key = provisioning.issueKey(tenant.memberId(), "revoked");
        assertThat(get("/users/me", bearer(key)).status()).isEqualTo(200);
        jdbc.sql("DELETE FROM api_keys WHERE user_id = :id AND name = 'revoked'")
                .param("id", tenant.memberId())
                .update();

        assertThat(get("/users/me", bearer(key)).status()).isEqualTo(401);
    }

    @Test
    void aReplicaWhoseReplayIsPausedServesNoStaleReadAndLeavesTheRotationPastTheLagBound() {
        var path = "/organizations/" + tenant.organizationId() + "/profile";
        CLUSTERS.standby().sql("SELECT pg_wal_replay_pause()").query().listOfRows();
        try {
            patch(path, bearer(tenant.adminKey()), "{\"company_name\": \"After the pause\"}");

            for (int i = 0; i < 20; i++) {
                assertThat(get(path, bearer(tenant.memberKey()))
                                .body()
                                .get("company_name")
                                .asString())
                        .isEqualTo("After the pause");
            }
            await("out of the rotation once 2 s behind")
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> !replicaAvailable());
        } finally {
            CLUSTERS.standby().sql("SELECT pg_wal_replay_resume()").query().listOfRows();
        }
        awaitReplicaAvailable();
    }

    @Test
    void aWriteThroughOneInstanceIsSeenByTheNextReadThroughAnother() {
        var other = new SpringApplicationBuilder(AccountsApiApplication.class)
                .properties(
                        "server.port=0",
                        "spring.datasource.url=" + CLUSTERS.primaryUrl(),
                        "spring.datasource.username=postgres",
                        "accounts.datasource.replicas[0].url=" + CLUSTERS.standbyUrl(),
                        "accounts.datasource.check-interval=200ms")
                .run();
        try {
            var otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();
            var path = "/organizations/" + tenant.organizationId() + "/profile";
            var stale = 0;
            for (int i = 0; i < 1000; i++) {
                var name = "Other " + i;
                patch(path, bearer(tenant.adminKey()), "{\"company_name\": \"" + name + "\"}");
                var read = getFrom(otherPort, path, bearer(tenant.memberKey()));
                if (!read.contains("\"company_name\":\"" + name + "\"")) {
                    stale++;
                }
            }

            assertThat(stale).isZero();
        } finally {
            other.close();
        }
    }

    @Test
    void theStandbyStoppedAndStartedUnderLoadFailsNoRequestAndServesReadsAgain() throws Exception {
        var failures = new AtomicInteger();
        var requests = new AtomicLong();
        var running = new AtomicBoolean(true);
        var load = Thread.ofPlatform().start(() -> {
            while (running.get()) {
                var status = get("/users/?length=50", jwt(tenant.adminKey())).status();
                requests.incrementAndGet();
                if (status != 200) {
                    failures.incrementAndGet();
                }
            }
        });
        try {
            Thread.sleep(500);
            CLUSTERS.stopStandby();
            await().atMost(Duration.ofSeconds(10)).until(() -> !replicaAvailable());
            var duringOutage = requests.get();
            Thread.sleep(1000);
            assertThat(requests.get()).as("reads go on without the replica").isGreaterThan(duringOutage);
            CLUSTERS.startStandby();
            awaitReplicaAvailable();
            var replicaReads = reads("replica-0");
            await().atMost(Duration.ofSeconds(10)).until(() -> reads("replica-0") > replicaReads);
        } finally {
            running.set(false);
            load.join();
        }

        assertThat(failures.get()).as("failed of %d requests", requests.get()).isZero();
    }

    @Test
    void healthShowsTheReplicasState() {
        var replica = get("/actuator/health", null)
                .body()
                .get("components")
                .get("replicas")
                .get("details")
                .get("replica-0");

        assertThat(replica.get("available").asBoolean()).isTrue();
        assertThat(replica.get("lag").asString()).startsWith("PT");
        assertThat(replica.get("replayed").asString()).matches("[0-9A-F]+/[0-9A-F]+");
    }

    private static String getFrom(int port, String path, String authorization) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header("Authorization", authorization)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private double reads(String target) {
        return meters.get(ReplicaDataSourceConfig.READS)
                .tag("target", target)
                .functionCounter()
                .count();
    }

    private boolean replicaAvailable() {
        return meters.get("accounts.datasource.replica.available")
                        .tag("replica", "replica-0")
                        .gauge()
                        .value()
                == 1;
    }

    /** Until the standby has replayed all the primary has written so far. */
    private void awaitReplicaCaughtUp() {
        var written = CLUSTERS.primary()
                .sql("SELECT pg_current_wal_insert_lsn()::text")
                .query(String.class)
                .single();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> CLUSTERS.standby()
                        .sql("SELECT pg_last_wal_replay_lsn() >= CAST(:written AS pg_lsn)")
                        .param("written", written)
                        .query(Boolean.class)
                        .single());
    }

    private void awaitReplicaAvailable() {
        await().atMost(Duration.ofSeconds(20)).until(this::replicaAvailable);
    }
}
