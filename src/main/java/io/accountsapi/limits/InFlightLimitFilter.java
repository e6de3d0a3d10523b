package io.accountsapi.limits;

import io.accountsapi.web.ApiProblem;
import io.accountsapi.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the requests at work to what the database serves at once, shared fairly among organizations
 * ({@link RequestSlots}): the others wait here instead of each holding a thread against the connection pool, whose
 * own short timeout then keeps meaning "the database is down". A request of an organization that holds its part of
 * the slots while others want them answers 429 after a short wait; any request that waits past the deadline answers
 * 503 "busy"; both in the dialect's shape. Requests whose key no lookup has placed yet queue together as one
 * organization. Actuator endpoints are not bounded, so that health probes answer under load.
 */
public class InFlightLimitFilter extends OncePerRequestFilter {

    /** Whom requests of no known key queue as: no organization's id is empty. */
    private static final String NO_KNOWN_KEY = "";

    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(InFlightLimitFilter.class);

    private final RequestSlots slots;
    private final OrganizationHint hint;
    private final Admissions admissions;
    private final Problems problems;
    private final int maxInFlight;
    private final Duration deadline;

    InFlightLimitFilter(
            RequestSlots slots,
            int maxInFlight,
            Duration deadline,
            OrganizationHint hint,
            Admissions admissions,
            Problems problems) {
        this.slots = slots;
        this.hint = hint;
        this.admissions = admissions;
        this.problems = problems;
        this.maxInFlight = maxInFlight;
        this.deadline = deadline;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var organization = hint.organizationOf(request);
        var queue = organization == null ? NO_KNOWN_KEY : organization;
        var admission = admit(queue);
        switch (admission) {
            case THROTTLED -> {
                admissions.refused(admission, organization, "it holds its part of the request slots while others wait");
                problems.write(request.getRequestURI(), new ApiProblem.Throttled(RETRY_AFTER), response);
            }
            case BUSY -> {
                admissions.count(admission);
                log.warn(
                        "Server busy: {} {} waited {} ms for one of {} request slots",
                        request.getMethod(),
                        request.getRequestURI(),
                        deadline.toMillis(),
                        maxInFlight);
                problems.write(request.getRequestURI(), new ApiProblem.Busy(), response);
            }
            default -> {
                admissions.count(admission);
                try {
                    chain.doFilter(request, response);
                } finally {
                    slots.release(queue);
                }
            }
        }
    }

    private Admission admit(String queue) {
        try {
            return slots.acquire(queue);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Admission.BUSY;
        }
    }
}
