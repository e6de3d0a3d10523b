package io.accountsapi;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Repository methods take part in the caller's transaction and open none of their own: the key lookup of every
 * request is one statement, its own snapshot, and a transaction would only add BEGIN and COMMIT to it. A service opens
 * a transaction for a write; a read runs in a read-only scope without one ({@code @ReadOnly}), which a replica may
 * serve.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(enableDefaultTransactions = false)
class PersistenceConfig {}
