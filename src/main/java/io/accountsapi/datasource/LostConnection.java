package io.accountsapi.datasource;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.Set;
import org.springframework.resilience.retry.MethodRetryPredicate;

/**
 * A failure that lost the connection rather than one the statement caused: SQLSTATE class 08 (connection exception), or
 * the server shutting down or not yet accepting connections (57P01, 57P02, 57P03).
 */
final class LostConnection implements MethodRetryPredicate {

    private static final Set<String> SHUTDOWN = Set.of("57P01", "57P02", "57P03");

    @Override
    public boolean shouldRetry(Method method, Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                var state = sql.getSQLState();
                if (state.startsWith("08") || SHUTDOWN.contains(state)) {
                    return true;
                }
            }
        }
        return false;
    }
}
