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
 * The server against a real primary and two hot standbys ({@link ReplicatedPostgres}): reads ({@link ReadOnly}) on the
 * replicas in turn, each only once it has replayed what the request must see, everything else on the primary, and no
 * request failing or reading stale data when a replica stops or pauses. Its context is closed after it, with its pools
 * and replica checks, since its databases stop with it.
 */
@Import(ReplicaReadsTest.Primary.class)
@DirtiesContext
class ReplicaReadsTest extends ApiTestSupport {

    private static final ReplicatedPostgres CLUSTERS = ReplicatedPostgres.start(2);

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
    static void replicas(DynamicPropertyRegistry registry) {
        registry.add("accounts.datasource.replicas[0].url", () -> CLUSTERS.standbyUrl(0));
        registry.add("accounts.datasource.replicas[1].url", () -> CLUSTERS.standbyUrl(1));
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
        awaitReplicaAvailable(0);
        awaitReplicaAvailable(1);
    }

    @Test
    void everyGetRunsOnTheReplicasInTurnAndWritesOnThePrimary() {
        awaitReplicasCaughtUp();
        var before = new double[] {reads("replica-0"), reads("replica-1"), reads("primary")};
        var usersScannedBefore = new long[] {usersScanned(0), usersScanned(1)};
        var gets = new String[] {
            "/users/" + tenant.memberId() + "/",
            "/profile/",
            "/users/?length=50",
            "/organizations/" + tenant.organizationId() + "/profile",
            "/organizations/" + tenant.organizationId() + "/members"
        };

        for (int i = 0; i < 10; i++) {
            for (var path : gets) {
                var authorization =
                        path.startsWith("/organizations") ? bearer(tenant.adminKey()) : jwt(tenant.adminKey());
                assertThat(get(path, authorization).status()).as(path).isEqualTo(200);
            }
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
        var onReplica0 = reads("replica-0") - before[0];
        var onReplica1 = reads("replica-1") - before[1];
        assertThat(onReplica0 + onReplica1)
                .as("every GET read on a replica, caught up before they began")
                .isEqualTo(50);
        assertThat(reads("primary")).isEqualTo(before[2]);
        assertThat(onReplica0).as("reads spread over both replicas").isBetween(20.0, 30.0);
        for (int standby = 0; standby < 2; standby++) {
            var index = standby;
            await("the memberships table read on standby " + standby + " itself")
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> usersScanned(index) - usersScannedBefore[index] >= 20);
        }
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
        jdbc.sql("DELETE FROM api_keys WHERE membership_id = :id AND name = 'revoked'")
                .param("id", tenant.memberId())
                .update();

        assertThat(get("/users/me", bearer(key)).status()).isEqualTo(401);
    }

    @Test
    void aReplicaWhoseReplayIsPausedServesNoStaleReadAndLeavesTheRotationPastTheLagBound() {
        var path = "/organizations/" + tenant.organizationId() + "/profile";
        CLUSTERS.standby(0).sql("SELECT pg_wal_replay_pause()").query().listOfRows();
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
                    .until(() -> !replicaAvailable(0));
            var onReplica1 = reads("replica-1");
            for (int i = 0; i < 10; i++) {
                assertThat(get(path, bearer(tenant.memberKey())).status()).isEqualTo(200);
            }
            assertThat(reads("replica-1") - onReplica1)
                    .as("the other replica serves the reads")
                    .isEqualTo(10);
        } finally {
            CLUSTERS.standby(0).sql("SELECT pg_wal_replay_resume()").query().listOfRows();
        }
        awaitReplicaAvailable(0);
    }

    @Test
    void aWriteThroughOneInstanceIsSeenByTheNextReadThroughAnother() {
        var other = new SpringApplicationBuilder(AccountsApiApplication.class)
                .properties(
                        "server.port=0",
                        "spring.datasource.url=" + CLUSTERS.primaryUrl(),
                        "spring.datasource.username=postgres",
                        "accounts.datasource.replicas[0].url=" + CLUSTERS.standbyUrl(0),
                        "accounts.datasource.replicas[1].url=" + CLUSTERS.standbyUrl(1),
                        "accounts.datasource.check-interval=200ms")
                .run();
        try {
            var otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();
            var path = "/users/" + tenant.memberId() + "/";
            var stale = 0;
            for (int i = 0; i < 1000; i++) {
                var name = "Other " + i;
                assertThat(patch(path, jwt(tenant.adminKey()), "{\"name\": \"" + name + "\"}")
                                .status())
                        .isEqualTo(200);
                var read = getFrom(otherPort, path, jwt(tenant.adminKey()));
                if (!read.contains("\"name\":\"" + name + "\"")) {
                    stale++;
                }
            }

            assertThat(stale).isZero();
        } finally {
            other.close();
        }
    }

    @Test
    void aStandbyStoppedAndStartedUnderLoadFailsNoRequestAndServesReadsAgain() throws Exception {
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
            CLUSTERS.stopStandby(0);
            await().atMost(Duration.ofSeconds(10)).until(() -> !replicaAvailable(0));
            var onReplica1 = reads("replica-1");
            await("the other replica serves the reads")
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> reads("replica-1") > onReplica1 + 10);
            CLUSTERS.startStandby(0);
            awaitReplicaAvailable(0);
            var onReplica0 = reads("replica-0");
            await().atMost(Duration.ofSeconds(10)).until(() -> reads("replica-0") > onReplica0);
        } finally {
            running.set(false);
            load.join();
        }

        assertThat(failures.get()).as("failed of %d requests", requests.get()).isZero();
    }

    @Test
    void healthShowsEachReplicasState() {
        var replicas = get("/actuator/health", null)
                .body()
                .get("components")
                .get("replicas")
                .get("details");

        for (var name : new String[] {"replica-0", "replica-1"}) {
            var replica = replicas.get(name);
            assertThat(replica.get("available").asBoolean()).as(name).isTrue();
            assertThat(replica.get("lag").asString()).startsWith("PT");
            assertThat(replica.get("replayed").asString()).matches("[0-9A-F]+/[0-9A-F]+");
        }
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

    private boolean replicaAvailable(int replica) {
        return meters.get("accounts.datasource.replica.available")
                        .tag("replica", "replica-" + replica)
                        .gauge()
                        .value()
                == 1;
    }

    /** Index and sequential scans of the memberships table that the standby itself has run. */
    private long usersScanned(int standby) {
        return CLUSTERS.standby(standby)
                .sql("SELECT coalesce(idx_scan, 0) + coalesce(seq_scan, 0) FROM pg_stat_user_tables"
                        + " WHERE relname = 'memberships'")
                .query(Long.class)
                .single();
    }

    /** Until both standbys have replayed all the primary has written so far. */
    private void awaitReplicasCaughtUp() {
        var written = CLUSTERS.primary()
                .sql("SELECT pg_current_wal_insert_lsn()::text")
                .query(String.class)
                .single();
        for (int standby = 0; standby < 2; standby++) {
            var client = CLUSTERS.standby(standby);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> client.sql("SELECT pg_last_wal_replay_lsn() >= CAST(:written AS pg_lsn)")
                            .param("written", written)
                            .query(Boolean.class)
                            .single());
        }
    }

    private void awaitReplicaAvailable(int replica) {
        await().atMost(Duration.ofSeconds(20)).until(() -> replicaAvailable(replica));
    }
}
