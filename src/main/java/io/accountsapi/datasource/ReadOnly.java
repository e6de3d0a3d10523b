package io.accountsapi.datasource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read: Spring's read-only scope, on a replica when one can serve it, else on the primary (within a write's
 * transaction, part of it). It opens no database transaction: at READ COMMITTED each statement takes its own snapshot
 * even inside one, so BEGIN and COMMIT would only add a round trip. Run once more when its connection is lost: a
 * replica that stops under a read costs the client nothing, the retry reading from another replica or the primary.
 * Nothing was written, so running it again changes nothing.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
@Retryable(predicate = LostConnection.class, maxRetries = 1, delay = 0)
public @interface ReadOnly {}
