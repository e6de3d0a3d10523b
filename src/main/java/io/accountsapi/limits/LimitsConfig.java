package io.accountsapi.limits;

import io.accountsapi.web.Problems;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The request slots and their filter, from {@code accounts.requests} (how many, how long at most) and
 * {@code accounts.limits}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RequestsProperties.class, LimitsProperties.class})
class LimitsConfig {

    @Bean
    RequestSlots requestSlots(RequestsProperties requests, LimitsProperties limits, MeterRegistry registry) {
        var slots = new RequestSlots(
                requests.maxInFlight(), limits.share(), limits.throttleAfter(), requests.queueDeadline());
        Gauge.builder("accounts.requests.waiting", slots, RequestSlots::waiting)
                .description("Requests waiting for a slot")
                .register(registry);
        return slots;
    }

    /** After the body limit, before security: the key lookup is the first use of the database. */
    @Bean
    FilterRegistrationBean<InFlightLimitFilter> inFlightLimitFilter(
            RequestSlots slots, OrganizationHint hint, Admissions admissions, Problems problems) {
        var registration = new FilterRegistrationBean<>(new InFlightLimitFilter(slots, hint, admissions, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
