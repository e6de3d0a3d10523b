package io.accountsapi.datasource;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/**
 * Turns on {@link ReadOnly}'s retry, around its read-only scope so that each attempt runs in a new one, on a new
 * connection.
 */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class ResilienceConfig {}
