package io.accountsapi.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsapi.web.ApiProblem;
import io.accountsapi.web.ProblemRenderer;
import io.accountsapi.web.Problems;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests beyond the slots wait; one of an organization holding its part while another waits answers 429 after the
 * short wait, any past the deadline 503 busy; actuator requests never wait; each outcome is counted.
 */
class InFlightLimitFilterTest {

    /** Renders every problem as {"problem": "<its kind>"} with its status. */
    private static final ProblemRenderer KIND = new ProblemRenderer() {
        @Override
        public boolean claims(String path) {
            return true;
        }

        @Override
        public ResponseEntity<Object> render(ApiProblem problem) {
            return ResponseEntity.status(problem.status())
                    .header("Retry-After", "1")
                    .body(Map.of("problem", problem.getClass().getSimpleName()));
        }
    };

    /** The organization is the request's Authorization header, as a key lookup would have told. */
    private static final OrganizationHint HEADER = request -> request.getHeader("Authorization");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private RequestSlots slots;

    private InFlightLimitFilter filter(int count, Duration throttleAfter, Duration deadline) {
        slots = new RequestSlots(count, 1.0, throttleAfter, deadline);
        return new InFlightLimitFilter(
                slots,
                HEADER,
                new Admissions(registry),
                new Problems(List.of(KIND), JsonMapper.builder().build()));
    }

    @Test
    void aRequestWaitsForTheSlotAndIsShedAsBusyPastTheDeadline() throws Exception {
        var filter = filter(1, Duration.ofMillis(10), Duration.ofMillis(200));
        var release = new CountDownLatch(1);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var first = holding(filter, "org-1", release, executor);

            var shed = new MockHttpServletResponse();
            var started = System.nanoTime();
            filter.doFilter(request("/users/", "org-1"), shed, new MockFilterChain());
            var waited = Duration.ofNanos(System.nanoTime() - started);
            var probe = new MockHttpServletResponse();
            filter.doFilter(request("/actuator/health", "org-1"), probe, new MockFilterChain());
            release.countDown();
            first.get(5, TimeUnit.SECONDS);

            assertThat(shed.getStatus()).as("alone, it is not throttled").isEqualTo(503);
            assertThat(shed.getContentAsString()).isEqualTo("{\"problem\":\"Busy\"}");
            assertThat(shed.getHeader("Retry-After")).isEqualTo("1");
            assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(200));
            assertThat(probe.getStatus()).as("health is not queued").isEqualTo(200);
        }

        var afterwards = new MockHttpServletResponse();
        filter.doFilter(request("/users/", "org-1"), afterwards, new MockFilterChain());
        assertThat(afterwards.getStatus()).as("the slot was given back").isEqualTo(200);
        assertThat(count("admitted")).isEqualTo(2);
        assertThat(count("busy")).isEqualTo(1);
    }

    @Test
    void theOrganizationHoldingTheSlotIsThrottledWhileAnotherWaitsAndTheOtherIsServedNext() throws Exception {
        var filter = filter(1, Duration.ofMillis(50), Duration.ofSeconds(30));
        var release = new CountDownLatch(1);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var flood = holding(filter, "flood", release, executor);
            var quietResponse = new MockHttpServletResponse();
            var quiet = executor.submit(() -> {
                filter.doFilter(request("/users/", "quiet"), quietResponse, new MockFilterChain());
                return null;
            });
            while (slots.waiting() < 1) {
                Thread.sleep(1);
            }

            var throttled = new MockHttpServletResponse();
            filter.doFilter(request("/users/", "flood"), throttled, new MockFilterChain());
            release.countDown();
            flood.get(5, TimeUnit.SECONDS);
            quiet.get(5, TimeUnit.SECONDS);

            assertThat(throttled.getStatus()).isEqualTo(429);
            assertThat(throttled.getContentAsString()).isEqualTo("{\"problem\":\"Throttled\"}");
            assertThat(throttled.getHeader("Retry-After")).isEqualTo("1");
            assertThat(quietResponse.getStatus()).isEqualTo(200);
        }
        assertThat(count("admitted")).isEqualTo(1);
        assertThat(count("waited")).isEqualTo(1);
        assertThat(count("throttled")).isEqualTo(1);
    }

    /** A request of the organization that holds a slot until {@code release}; returns once it holds it. */
    private static Future<Void> holding(
            InFlightLimitFilter filter, String organization, CountDownLatch release, ExecutorService executor)
            throws InterruptedException {
        var holds = new CountDownLatch(1);
        var request = executor.submit(() -> {
            filter.doFilter(request("/users/", organization), new MockHttpServletResponse(), (req, res) -> {
                holds.countDown();
                awaitQuietly(release);
            });
            return (Void) null;
        });
        assertThat(holds.await(5, TimeUnit.SECONDS)).isTrue();
        return request;
    }

    private double count(String outcome) {
        return registry.get("accounts.requests.admissions")
                .tag("outcome", outcome)
                .counter()
                .count();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static MockHttpServletRequest request(String path, String organization) {
        var request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        request.addHeader("Authorization", organization);
        return request;
    }
}
