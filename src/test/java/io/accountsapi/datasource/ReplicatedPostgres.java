package io.accountsapi.datasource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A PostgreSQL primary and a hot standby streaming from it, from the binaries of the embedded test database: the
 * primary is initialized and stopped, its data directory copied as the standby's base (a clean shutdown makes the copy
 * consistent), the copy given {@code standby.signal} and {@code primary_conninfo}, and both started. Fails, never
 * skips, when the binaries cannot run.
 */
final class ReplicatedPostgres implements AutoCloseable {

    private final Path primaryDirectory;
    private final Path standbyDirectory;
    private final EmbeddedPostgres primary;
    private final int standbyPort;
    private EmbeddedPostgres standby;

    private ReplicatedPostgres(Path root) throws IOException, InterruptedException {
        primaryDirectory = root.resolve("primary");
        standbyDirectory = root.resolve("standby");
        var initialized = builder(primaryDirectory, 0).start();
        var primaryPort = initialized.getPort();
        initialized.close();
        var copy = new ProcessBuilder("cp", "-a", primaryDirectory.toString(), standbyDirectory.toString())
                .inheritIO()
                .start();
        if (copy.waitFor() != 0) {
            throw new IOException("Could not copy the primary's data directory");
        }
        Files.createFile(standbyDirectory.resolve("standby.signal"));
        Files.writeString(
                standbyDirectory.resolve("postgresql.auto.conf"),
                "primary_conninfo = 'host=localhost port=" + primaryPort + " user=postgres'\n",
                StandardOpenOption.APPEND);
        primary = builder(primaryDirectory, primaryPort).start();
        standby = builder(standbyDirectory, 0).start();
        standbyPort = standby.getPort();
    }

    static ReplicatedPostgres start() {
        try {
            return new ReplicatedPostgres(Files.createTempDirectory("replicated-postgres"));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "Could not start a PostgreSQL primary and standby from the embedded binaries: " + e.getMessage(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path directory, int port) {
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setServerConfig("wal_level", "replica")
                .setServerConfig("hot_standby", "on")
                .setServerConfig("max_wal_senders", "5");
        return port == 0 ? builder : builder.setPort(port);
    }

    String primaryUrl() {
        return primary.getJdbcUrl("postgres", "postgres");
    }

    String standbyUrl() {
        return "jdbc:postgresql://localhost:" + standbyPort + "/postgres?user=postgres";
    }

    JdbcClient primary() {
        return JdbcClient.create(primary.getPostgresDatabase());
    }

    JdbcClient standby() {
        return JdbcClient.create(standby.getPostgresDatabase());
    }

    /** Transactions the standby has run (reads only: it can run nothing else). */
    long standbyTransactions() {
        return standby()
                .sql("SELECT sum(xact_commit + xact_rollback) FROM pg_stat_database")
                .query(Long.class)
                .single();
    }

    void stopStandby() throws IOException {
        standby.close();
        standby = null;
    }

    void startStandby() throws IOException {
        standby = builder(standbyDirectory, standbyPort).start();
    }

    @Override
    public void close() throws IOException, SQLException {
        if (standby != null) {
            standby.close();
        }
        primary.close();
    }
}
