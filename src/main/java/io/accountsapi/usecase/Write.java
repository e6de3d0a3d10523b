package io.accountsapi.usecase;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A write a client asks for. A use case finds the object (else 404) and decides whether the caller may change it (else
 * 403) before it runs {@code check}, the client's own rules for the body that asked (its dialect's 400); then
 * {@code expected} must hold of the state the write lands on, held by the row's lock or its version (If-Match; null
 * when the client expects nothing); only then are the {@code changes} applied. Until the check has passed they may hold
 * what it refuses.
 */
public record Write<C, V>(C changes, Runnable check, Predicate<V> expected) {

    /** A write that sends no body (a DELETE): nothing to change or check, only what the client expects. */
    public static <V> Write<Void, V> expecting(Predicate<V> expected) {
        return new Write<>(null, () -> {}, expected);
    }

    /** Refuses the write as stale unless the client's expectation holds of the state {@code current} reads. */
    public void requireExpected(Supplier<V> current) {
        if (expected != null && !expected.test(current.get())) {
            throw new Refused(new Refusal.Stale());
        }
    }
}
