package io.accountsapi;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Repository methods take part in the caller's transaction and open none of their own: a read of one statement is
 * its own snapshot, and a transaction around it would only add BEGIN and COMMIT to every request (the key lookup is
 * such a read). Every write runs in its service's transaction.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(enableDefaultTransactions = false)
class PersistenceConfig {}
