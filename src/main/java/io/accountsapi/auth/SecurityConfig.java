package io.accountsapi.auth;

import io.accountsapi.limits.RateLimits;
import io.accountsapi.web.ApiProblem;
import io.accountsapi.web.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Stateless key authentication. Everything but health, info, metrics and the API docs needs a key (none of those
 * shows tenant data: metrics are counted per path template); what a caller may do with an object is decided by the
 * services, which know the object's organization.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String[] PUBLIC_PATHS = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/actuator/prometheus",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/error"
    };

    /**
     * No observation per security filter: http.server.requests already times each request, and wrapping every filter
     * in an observation was a measurable share of a request's CPU (bench/README.md).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, CallerLookup callers, RateLimits rates, Problems problems)
            throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                // Nothing asks HttpServletRequest who is calling, and a request without a key reaches the entry point
                // as well without an anonymous token: a request wrapper and a filter less on every request.
                .servletApi(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> problems.write(
                                request.getRequestURI(),
                                request.getAttribute(ApiKeyAuthenticationFilter.BAD_CREDENTIALS) != null
                                        ? new ApiProblem.BadCredentials()
                                        : new ApiProblem.NotAuthenticated(),
                                response))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request.getRequestURI(), new ApiProblem.Forbidden(null), response)))
                .addFilterBefore(
                        new ApiKeyAuthenticationFilter(callers, rates, problems), AnonymousAuthenticationFilter.class)
                .build();
    }
}
