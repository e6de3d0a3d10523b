package io.accountsapi.limits;

import io.accountsapi.web.ApiProblem;
import io.accountsapi.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the requests at work to what the database serves at once, shared fairly among organizations
 * ({@link RequestSlots}): the others wait here instead of each holding a thread against the connection pool, whose
 * own short timeout then keeps meaning "the database is down". A request of an organization that holds its part of
 * the slots while others' requests are at work or waiting answers 429 after a short wait; any request that waits
 * past the deadline answers 503 "busy"; both in the dialect's shape. Requests whose key no lookup has placed yet
 * queue together as one organization. Actuator endpoints are not bounded, so that health probes answer under load.
 */
public class InFlightLimitFilter extends OncePerRequestFilter {

    /** Whom requests of no known key queue as: no organization's id is empty. */
    private static final String NO_KNOWN_KEY = "";

    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final RequestSlots slots;
    private final OrganizationHint hint;
    private final Admissions admissions;
    private final Problems problems;
    private final String busy;

    InFlightLimitFilter(RequestSlots slots, OrganizationHint hint, Admissions admissions, Problems problems) {
        this.slots = slots;
        this.hint = hint;
        this.admissions = admissions;
        this.problems = problems;
        this.busy = "no request slot of " + slots.slots() + " came within "
                + slots.deadline().toMillis() + " ms";
    }

    /** Actuator's endpoints, so that health probes answer under load. */
    public static boolean outsideTheLimits(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return outsideTheLimits(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var organization = hint.organizationOf(request);
        var queue = organization == null ? NO_KNOWN_KEY : organization;
        var admission = admit(queue);
        switch (admission) {
            case THROTTLED -> {
                admissions.refused(
                        admission,
                        organization,
                        "it holds its part of the request slots while other organizations' requests are at work or "
                                + "waiting");
                problems.write(request.getRequestURI(), new ApiProblem.Throttled(RETRY_AFTER), response);
            }
            case BUSY -> {
                admissions.refused(admission, organization, busy);
                problems.write(request.getRequestURI(), new ApiProblem.Busy(), response);
            }
            default -> {
                try {
                    admissions.count(admission);
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
