package io.accountsapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * CONTRACT section 6: one organization's flood does not starve another. With two request slots and a short wait, an
 * organization sending 48 requests at once, 480 in all, alternating Probely's and Upsun's paths, while a second
 * organization sends one request after another: every request of the second is answered 200; the flood's answers are
 * 200 or 429 in the path's dialect, with {@code Retry-After}, and counted in the metrics.
 */
@TestPropertySource(properties = {"accounts.requests.max-in-flight=2", "accounts.limits.throttle-after=20ms"})
class FairShareApiTest extends ApiTestSupport {

    private static final int FLOOD_CONNECTIONS = 48;
    private static final int FLOOD_REQUESTS = 480;

    @Test
    void aQuietOrganizationIsServedWhileAnotherFloodsAndTheFloodIsToldToSlowDown() throws Exception {
        var flood = newTenant();
        var quiet = newTenant();
        // Each key looked up once, as a running server has: a key it has not seen yet queues as no known organization.
        assertThat(get("/users/" + flood.memberId() + "/", jwt(flood.adminKey()))
                        .status())
                .isEqualTo(200);
        assertThat(get("/users/" + quiet.memberId() + "/", jwt(quiet.adminKey()))
                        .status())
                .isEqualTo(200);
        var before = throttledSoFar();
        var sent = new AtomicInteger();
        List<Response> floodAnswers = Collections.synchronizedList(new ArrayList<>());
        List<Response> quietAnswers = new ArrayList<>();

        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> flooding = new ArrayList<>();
            for (int connection = 0; connection < FLOOD_CONNECTIONS; connection++) {
                flooding.add(threads.submit((Callable<Void>) () -> {
                    for (int n = sent.getAndIncrement(); n < FLOOD_REQUESTS; n = sent.getAndIncrement()) {
                        var answer = n % 2 == 0
                                ? get("/users/" + flood.memberId() + "/", jwt(flood.adminKey()))
                                : get(
                                        "/organizations/" + flood.organizationId() + "/profile",
                                        bearer(flood.adminKey()));
                        floodAnswers.add(answer);
                    }
                    return null;
                }));
            }
            while (sent.get() < FLOOD_REQUESTS / 4) {
                Thread.sleep(1);
            }
            while (sent.get() < FLOOD_REQUESTS) {
                quietAnswers.add(get("/users/" + quiet.memberId() + "/", jwt(quiet.adminKey())));
            }
            for (var connection : flooding) {
                connection.get();
            }
        }

        assertThat(quietAnswers)
                .isNotEmpty()
                .allSatisfy(
                        answer -> assertThat(answer.status()).as("%s", answer).isEqualTo(200));
        assertThat(floodAnswers)
                .hasSize(FLOOD_REQUESTS)
                .allSatisfy(
                        answer -> assertThat(answer.status()).as("%s", answer).isIn(200, 429));
        var throttled =
                floodAnswers.stream().filter(answer -> answer.status() == 429).toList();
        assertThat(throttled).as("the flood is told to slow down").isNotEmpty();
        assertThat(throttled).allSatisfy(answer -> {
            assertThat(answer.header("Retry-After")).isEqualTo("1");
            if (answer.raw().uri().getPath().startsWith("/users/")) {
                assertThat(answer.body().get("detail").asString())
                        .isEqualTo("Request was throttled. Expected available in 1 second.");
            } else {
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.body().get("status").asInt()).isEqualTo(429);
                assertThat(answer.body().get("title").asString()).isEqualTo("Too Many Requests");
            }
        });
        assertThat(throttledSoFar() - before).as("each 429 is counted").isEqualTo(throttled.size());
    }

    private double throttledSoFar() {
        return get("/actuator/prometheus", null)
                .raw()
                .body()
                .lines()
                .filter(line -> line.startsWith("accounts_requests_admissions_total{")
                        && line.contains("outcome=\"throttled\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
