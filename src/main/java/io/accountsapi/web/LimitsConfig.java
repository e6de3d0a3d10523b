package io.accountsapi.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The body limit runs first of all filters, before security and before form bodies are read. */
@Configuration(proxyBeanMethods = false)
class LimitsConfig {

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(Problems problems) {
        var registration = new FilterRegistrationBean<>(new BodyLimitFilter(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
