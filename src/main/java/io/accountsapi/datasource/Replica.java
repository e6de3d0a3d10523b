package io.accountsapi.datasource;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** One replica: its pool, and what its last check found (see {@link ReplicaMonitor}). */
final class Replica {

    /** What a check found: whether it may serve reads, how far behind it was (null when unknown), and why not. */
    record State(boolean available, Duration lag, String replayed, String problem) {

        static final State UNCHECKED = new State(false, null, null, "not checked yet");
    }

    private final String name;
    private final HikariDataSource pool;
    private volatile State state = State.UNCHECKED;
    private final AtomicLong reads = new AtomicLong();

    Replica(String name, HikariDataSource pool) {
        this.name = name;
        this.pool = pool;
    }

    String name() {
        return name;
    }

    HikariDataSource pool() {
        return pool;
    }

    State state() {
        return state;
    }

    void update(State checked) {
        state = checked;
    }

    /** Reads it has served (a connection each). */
    long reads() {
        return reads.get();
    }

    void served() {
        reads.incrementAndGet();
    }
}
