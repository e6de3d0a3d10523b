package io.accountsapi.datasource;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/** Turns on {@link ReadOnlyTransaction}'s retry, around the transaction so that each attempt runs in a new one. */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class ResilienceConfig {}
