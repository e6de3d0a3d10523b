package io.accountsapi.datasource;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Checks every replica each {@code checkInterval}: a replica is available while it answers, is still a standby, and
 * has replayed what the primary had written {@code maxReplicaLag} ago. Its lag is how long ago the primary was at the
 * position it has replayed (0 when it has replayed the primary's last sampled position), at the precision of the
 * interval. A replica that stops or falls behind leaves the rotation at the next check and returns by itself.
 */
final class ReplicaMonitor implements SmartLifecycle, MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(ReplicaMonitor.class);

    private record Sample(Instant at, long position) {}

    private final List<Replica> replicas;
    private final DataSource primary;
    private final ReplicaProperties properties;
    private final Clock clock;
    private final Deque<Sample> primaryPositions = new ArrayDeque<>();
    private ScheduledExecutorService scheduler;

    ReplicaMonitor(List<Replica> replicas, DataSource primary, ReplicaProperties properties, Clock clock) {
        this.replicas = replicas;
        this.primary = primary;
        this.properties = properties;
        this.clock = clock;
    }

    /** One round of checks; also run by the scheduler. */
    synchronized void check() {
        var now = clock.instant();
        try {
            var position = query(primary, "SELECT pg_current_wal_lsn()::text")[0];
            primaryPositions.addLast(new Sample(now, WalPosition.parse(position)));
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not read the primary's WAL position: {}", e.getMessage());
        }
        var horizon = now.minus(properties.maxReplicaLag().multipliedBy(2));
        while (primaryPositions.size() > 1 && primaryPositions.peekFirst().at().isBefore(horizon)) {
            primaryPositions.removeFirst();
        }
        replicas.forEach(replica -> replica.update(checkOne(replica, now)));
    }

    private Replica.State checkOne(Replica replica, Instant now) {
        try {
            var row = query(replica.pool(), "SELECT pg_is_in_recovery()::text, pg_last_wal_replay_lsn()::text");
            var replayed = row[1];
            if (!"true".equals(row[0]) || replayed == null) {
                return new Replica.State(false, null, replayed, "not a standby");
            }
            var lag = lag(WalPosition.parse(replayed), now);
            var available = lag.compareTo(properties.maxReplicaLag()) <= 0;
            return new Replica.State(available, lag, replayed, available ? null : "lags " + lag);
        } catch (SQLException | RuntimeException e) {
            return new Replica.State(false, null, null, e.getMessage());
        }
    }

    /** The one row of a monitoring query, its columns as text. */
    private static String[] query(DataSource dataSource, String sql) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            var row = new String[result.getMetaData().getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = result.getString(i + 1);
            }
            return row;
        }
    }

    /** How long ago the primary first had a position past the replayed one; zero when none is past it. */
    private Duration lag(long replayed, Instant now) {
        return primaryPositions.stream()
                .filter(sample -> sample.position() > replayed)
                .findFirst()
                .map(sample -> Duration.between(sample.at(), now))
                .orElse(Duration.ZERO);
    }

    /** Each replica's availability (1 or 0) and lag in seconds (NaN while unknown). */
    @Override
    public void bindTo(MeterRegistry registry) {
        replicas.forEach(replica -> {
            Gauge.builder(
                            "accounts.datasource.replica.available",
                            replica,
                            r -> r.state().available() ? 1 : 0)
                    .tag("replica", replica.name())
                    .register(registry);
            Gauge.builder("accounts.datasource.replica.lag", replica, ReplicaMonitor::lagSeconds)
                    .tag("replica", replica.name())
                    .baseUnit("seconds")
                    .register(registry);
        });
    }

    private static double lagSeconds(Replica replica) {
        var lag = replica.state().lag();
        return lag == null ? Double.NaN : lag.toMillis() / 1000.0;
    }

    /** Without replicas there is nothing to check. */
    @Override
    public void start() {
        if (replicas.isEmpty()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("replica-monitor").factory());
        var interval = properties.checkInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::check, 0, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
