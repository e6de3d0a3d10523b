package io.accountsapi.datasource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The connections of read-only scopes ({@link ReadOnlyRouting}): from the available replicas in turn, the first that
 * has replayed the request's {@link WalPosition}; else from the primary. A replica that fails to give a connection is
 * passed over, so no read fails while the primary is up.
 */
final class ReplicaReads extends AbstractDataSource {

    private static final Logger log = LoggerFactory.getLogger(ReplicaReads.class);
    private static final String CAUGHT_UP = "SELECT pg_last_wal_replay_lsn() >= CAST(? AS pg_lsn)";

    private final List<Replica> replicas;
    private final DataSource primary;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong primaryReads = new AtomicLong();

    ReplicaReads(List<Replica> replicas, DataSource primary) {
        this.replicas = replicas;
        this.primary = primary;
    }

    @Override
    public Connection getConnection() throws SQLException {
        var required = WalPosition.required();
        var first = next.getAndIncrement();
        for (int i = 0; i < replicas.size(); i++) {
            var replica = replicas.get(Math.floorMod(first + i, replicas.size()));
            if (!replica.state().available()) {
                continue;
            }
            try {
                var connection = replica.pool().getConnection();
                if (caughtUp(connection, required)) {
                    replica.served();
                    return connection;
                }
                connection.close();
            } catch (SQLException e) {
                log.warn("Replica {} gave no connection; reading from another: {}", replica.name(), e.getMessage());
            }
        }
        primaryReads.incrementAndGet();
        return primary.getConnection();
    }

    boolean hasReplicas() {
        return !replicas.isEmpty();
    }

    /** Reads the primary served, no replica being available and caught up. */
    long primaryReads() {
        return primaryReads.get();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("Replica connections use the configured credentials");
    }

    private static boolean caughtUp(Connection connection, String required) throws SQLException {
        if (required == null) {
            return true;
        }
        try (var statement = connection.prepareStatement(CAUGHT_UP)) {
            statement.setString(1, required);
            try (var result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }
}
