package io.accountsapi.limits;

import io.accountsapi.web.Problems;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The request slots and their filter, from {@code accounts.requests} (how many, how long at most) and {@code accounts.limits}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
class LimitsConfig {

    private final int maxInFlight;
    private final Duration deadline;

    LimitsConfig(
            @Value("${accounts.requests.max-in-flight}") int maxInFlight,
            @Value("${accounts.requests.queue-deadline}") Duration deadline) {
        this.maxInFlight = maxInFlight;
        this.deadline = deadline;
    }

    @Bean
    RequestSlots requestSlots(LimitsProperties limits, MeterRegistry registry) {
        var slots = new RequestSlots(maxInFlight, limits.share(), limits.throttleAfter(), deadline);
        Gauge.builder("accounts.requests.waiting", slots, RequestSlots::waiting)
                .description("Requests waiting for a slot")
                .register(registry);
        return slots;
    }

    /** After the body limit, before security: the key lookup is the first use of the database. */
    @Bean
    FilterRegistrationBean<InFlightLimitFilter> inFlightLimitFilter(
            RequestSlots slots, OrganizationHint hint, Admissions admissions, Problems problems) {
        var registration = new FilterRegistrationBean<>(
                new InFlightLimitFilter(slots, maxInFlight, deadline, hint, admissions, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
