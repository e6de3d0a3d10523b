package io.accountsapi.datasource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read-only transaction (a replica's, when one can serve it), run once more in a new transaction when its connection
 * is lost: a replica that stops under a read costs the client nothing, the retry reading from another replica or the
 * primary. Nothing was written, so running it again changes nothing.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true)
@Retryable(predicate = LostConnection.class, maxRetries = 1, delay = 0)
public @interface ReadOnlyTransaction {}
