package io.accountsapi.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the requests at work to what the database serves at once: the others wait here, in arrival order, instead of
 * each holding a thread against the connection pool, whose own short timeout then keeps meaning "the database is
 * down". A request that waits past the deadline answers 503 "busy" in its dialect's shape. Actuator endpoints are not
 * bounded, so that health probes answer under load.
 */
public class InFlightLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(InFlightLimitFilter.class);

    private final Semaphore slots;
    private final int maxInFlight;
    private final Duration deadline;
    private final Problems problems;

    public InFlightLimitFilter(int maxInFlight, Duration deadline, Problems problems) {
        this.slots = new Semaphore(maxInFlight, true);
        this.maxInFlight = maxInFlight;
        this.deadline = deadline;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!awaitSlot()) {
            log.warn(
                    "Server busy: {} {} waited {} ms for one of {} request slots",
                    request.getMethod(),
                    request.getRequestURI(),
                    deadline.toMillis(),
                    maxInFlight);
            problems.write(request.getRequestURI(), new ApiProblem.Busy(), response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            slots.release();
        }
    }

    private boolean awaitSlot() {
        try {
            return slots.tryAcquire(deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
