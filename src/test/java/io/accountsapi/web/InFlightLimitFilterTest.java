package io.accountsapi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Requests beyond the slots wait in order; past the deadline they answer 503 busy; actuator requests never wait. */
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

    private final InFlightLimitFilter filter = new InFlightLimitFilter(
            1,
            Duration.ofMillis(200),
            new Problems(List.of(KIND), JsonMapper.builder().build()));

    @Test
    void aRequestWaitsForTheSlotAndIsShedAsBusyPastTheDeadline() throws Exception {
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var first = executor.submit(() -> {
                filter.doFilter(request("/users/"), new MockHttpServletResponse(), (request, response) -> {
                    holding.countDown();
                    awaitQuietly(release);
                });
                return null;
            });
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

            var shed = new MockHttpServletResponse();
            var started = System.nanoTime();
            filter.doFilter(request("/users/"), shed, new MockFilterChain());
            var waited = Duration.ofNanos(System.nanoTime() - started);
            var probe = new MockHttpServletResponse();
            filter.doFilter(request("/actuator/health"), probe, new MockFilterChain());
            release.countDown();
            first.get(5, TimeUnit.SECONDS);

            assertThat(shed.getStatus()).isEqualTo(503);
            assertThat(shed.getContentAsString()).isEqualTo("{\"problem\":\"Busy\"}");
            assertThat(shed.getHeader("Retry-After")).isEqualTo("1");
            assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(200));
            assertThat(probe.getStatus()).as("health is not queued").isEqualTo(200);
        }

        var afterwards = new MockHttpServletResponse();
        filter.doFilter(request("/users/"), afterwards, new MockFilterChain());
        assertThat(afterwards.getStatus()).as("the slot was given back").isEqualTo(200);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static MockHttpServletRequest request(String path) {
        var request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        return request;
    }
}
