package io.accountsapi.auth;

import io.accountsapi.datasource.WalPosition;
import io.accountsapi.limits.InFlightLimitFilter;
import io.accountsapi.limits.RateLimits;
import io.accountsapi.web.ApiProblem;
import io.accountsapi.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: JWT <key>} (Probely's clients) and {@code Authorization: Bearer <key>}
 * (Upsun's clients) on every path. A request with no usable credentials goes on unauthenticated; one with a wrong
 * key is marked so that the entry point answers "Incorrect authentication credentials." where a key is required.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String BAD_CREDENTIALS = ApiKeyAuthenticationFilter.class.getName() + ".BAD_CREDENTIALS";
    private static final String KEY_HASH = ApiKeyAuthenticationFilter.class.getName() + ".KEY_HASH";
    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthenticationFilter.class);
    private static final int MAX_KEY_LENGTH = 256;
    /** Compiled once: the header is read on every request. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final CallerLookup callers;
    private final RateLimits rates;
    private final Problems problems;

    ApiKeyAuthenticationFilter(CallerLookup callers, RateLimits rates, Problems problems) {
        this.callers = callers;
        this.rates = rates;
        this.problems = problems;
    }

    /** Actuator's endpoints are public and outside every limit: a key sent there is not looked up. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return InFlightLimitFilter.outsideTheLimits(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Most often the hash is on the request already (the slot's hint); the header is parsed again only without it.
        var hash = sentKeyHash(request);
        if (hash != null || keyFrom(request.getHeader(HttpHeaders.AUTHORIZATION)) != null) {
            try {
                var owner = hash == null ? null : callers.findActive(hash).orElse(null);
                if (owner != null) {
                    var wait = rates.take(owner.organizationId(), owner.keyId());
                    if (wait.isPresent()) {
                        problems.write(request.getRequestURI(), new ApiProblem.Throttled(wait.get()), response);
                        return;
                    }
                    SecurityContextHolder.getContext()
                            .setAuthentication(
                                    UsernamePasswordAuthenticationToken.authenticated(owner.caller(), null, List.of()));
                    WalPosition.require(owner.walPosition());
                } else {
                    request.setAttribute(BAD_CREDENTIALS, Boolean.TRUE);
                }
            } catch (DataAccessException e) {
                log.warn("Database unavailable while checking a key: {}", e.getMessage());
                problems.write(request.getRequestURI(), new ApiProblem.Unavailable(), response);
                return;
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            WalPosition.clear();
        }
    }

    /**
     * The SHA-256 of the request's key, when it sends one worth looking up (not empty, not longer than any key this
     * server makes); null otherwise. Hashed once a request and kept on it: the request's slot asks first (its hint).
     */
    static byte[] sentKeyHash(HttpServletRequest request) {
        if (request.getAttribute(KEY_HASH) instanceof byte[] hash) {
            return hash;
        }
        var key = keyFrom(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            return null;
        }
        var hash = ApiKeys.hash(key);
        request.setAttribute(KEY_HASH, hash);
        return hash;
    }

    /** The key after a {@code JWT} or {@code Bearer} scheme (any case); null when no such scheme is used. */
    static String keyFrom(String header) {
        if (header == null) {
            return null;
        }
        var parts = WHITESPACE.split(header.strip(), 2);
        if (!parts[0].equalsIgnoreCase("JWT") && !parts[0].equalsIgnoreCase("Bearer")) {
            return null;
        }
        return parts.length == 2 ? parts[1].strip() : "";
    }
}
