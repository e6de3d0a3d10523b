package io.accountsapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What ops watch: probes, build info, Prometheus metrics, request ids and the access log, all without a key. */
@ExtendWith(OutputCaptureExtension.class)
class OpsApiTest extends ApiTestSupport {

    @Test
    void probesAndInfoNeedNoKey() {
        assertThat(get("/actuator/health/liveness", null).body().get("status").asString())
                .isEqualTo("UP");
        var readiness = get("/actuator/health/readiness", null);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body().get("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/health", null).body().has("components"))
                .as("no details for anonymous")
                .isFalse();
        assertThat(get("/actuator/info", null)
                        .body()
                        .get("build")
                        .get("version")
                        .asString())
                .isEqualTo("0.1.0-SNAPSHOT");
    }

    @Test
    void prometheusShowsPerEndpointTimingsAndThePool() {
        var tenant = newTenant();
        for (int i = 0; i < 3; i++) {
            get("/organizations/" + tenant.organizationId() + "/profile", bearer(tenant.adminKey()));
            get("/users/" + tenant.memberId() + "/", jwt(tenant.adminKey()));
        }

        var metrics = get("/actuator/prometheus", null);

        assertThat(metrics.status()).isEqualTo(200);
        var text = metrics.raw().body();
        assertThat(text)
                .containsPattern(
                        "http_server_requests_seconds_count\\{[^}]*uri=\"/organizations/\\{organization_id\\}/profile\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/users/\\{id\\}/\"")
                .contains("http_server_requests_seconds_bucket")
                .contains("hikaricp_connections_active")
                .doesNotContain(tenant.organizationId())
                .doesNotContain(tenant.memberId());
    }

    @Test
    void requestIdIsEchoedAndLogged(CapturedOutput output) throws InterruptedException {
        var tenant = newTenant();

        var given =
                send("GET", "/organizations", bearer(tenant.adminKey()), null, Map.of("X-Request-Id", "ops-check-42"));
        var generated = get("/organizations", bearer(tenant.adminKey()));
        var insane = send(
                "GET",
                "/organizations",
                bearer(tenant.adminKey()),
                null,
                Map.of("X-Request-Id", "bad id with spaces and {braces}"));
        var refused = send("GET", "/organizations", null, null, Map.of("X-Request-Id", "refused-7"));

        assertThat(given.header("X-Request-Id")).isEqualTo("ops-check-42");
        assertThat(generated.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(insane.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("X-Request-Id")).isEqualTo("refused-7");
        // The access line is written as the request ends, which may be just after the client has its answer.
        var deadline = System.nanoTime() + 2_000_000_000L;
        while (!output.getOut().contains("[refused-7]") && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(output.getOut())
                .containsPattern("\\[ops-check-42\\].*GET /organizations 200")
                .containsPattern("\\[refused-7\\].*GET /organizations 401");
    }
}
