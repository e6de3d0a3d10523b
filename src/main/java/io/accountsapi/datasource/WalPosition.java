package io.accountsapi.datasource;

/**
 * The primary's WAL position when the current request began, as the API-key lookup read it: a replica serves the
 * request's reads only once it has replayed that far, so that a client sees every write answered before it asked.
 * Held per thread (each request runs on one) from authentication to the end of the request.
 */
public final class WalPosition {

    private static final ThreadLocal<String> REQUIRED = new ThreadLocal<>();

    private WalPosition() {}

    /** {@code lsn} as PostgreSQL writes it ({@code 16/B374D848}); null forgets the position. */
    public static void require(String lsn) {
        REQUIRED.set(lsn);
    }

    public static void clear() {
        REQUIRED.remove();
    }

    /** The position the current request's reads must see; null when none was recorded (any replica will do). */
    static String required() {
        return REQUIRED.get();
    }

    static long parse(String lsn) {
        var slash = lsn.indexOf('/');
        return (Long.parseLong(lsn.substring(0, slash), 16) << 32) | Long.parseLong(lsn.substring(slash + 1), 16);
    }
}
