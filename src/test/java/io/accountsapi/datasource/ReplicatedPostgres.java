package io.accountsapi.datasource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A PostgreSQL primary and hot standbys streaming from it, from the binaries of the embedded test database: the
 * primary is initialized and stopped, its data directory copied as each standby's base (a clean shutdown makes the copy
 * consistent), each copy given {@code standby.signal} and {@code primary_conninfo}, and all started. Fails, never
 * skips, when the binaries cannot run.
 */
final class ReplicatedPostgres implements AutoCloseable {

    private final EmbeddedPostgres primary;
    private final List<Path> standbyDirectories = new ArrayList<>();
    private final List<Integer> standbyPorts = new ArrayList<>();
    private final List<EmbeddedPostgres> standbys = new ArrayList<>();

    private ReplicatedPostgres(Path root, int standbyCount) throws IOException, InterruptedException {
        var primaryDirectory = root.resolve("primary");
        var initialized = builder(primaryDirectory, 0).start();
        var primaryPort = initialized.getPort();
        initialized.close();
        for (int i = 0; i < standbyCount; i++) {
            var directory = root.resolve("standby-" + i);
            var copy = new ProcessBuilder("cp", "-a", primaryDirectory.toString(), directory.toString())
                    .inheritIO()
                    .start();
            if (copy.waitFor() != 0) {
                throw new IOException("Could not copy the primary's data directory");
            }
            Files.createFile(directory.resolve("standby.signal"));
            Files.writeString(
                    directory.resolve("postgresql.auto.conf"),
                    "primary_conninfo = 'host=localhost port=" + primaryPort + " user=postgres'\n",
                    StandardOpenOption.APPEND);
            standbyDirectories.add(directory);
        }
        primary = builder(primaryDirectory, primaryPort).start();
        for (var directory : standbyDirectories) {
            var standby = builder(directory, 0).start();
            standbys.add(standby);
            standbyPorts.add(standby.getPort());
        }
    }

    static ReplicatedPostgres start(int standbys) {
        try {
            return new ReplicatedPostgres(Files.createTempDirectory("replicated-postgres"), standbys);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "Could not start a PostgreSQL primary and standbys from the embedded binaries: " + e.getMessage(),
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

    String standbyUrl(int standby) {
        return "jdbc:postgresql://localhost:" + standbyPorts.get(standby) + "/postgres?user=postgres";
    }

    JdbcClient primary() {
        return JdbcClient.create(primary.getPostgresDatabase());
    }

    JdbcClient standby(int standby) {
        return JdbcClient.create(standbys.get(standby).getPostgresDatabase());
    }

    void stopStandby(int standby) throws IOException {
        standbys.get(standby).close();
        standbys.set(standby, null);
    }

    void startStandby(int standby) throws IOException {
        standbys.set(
                standby,
                builder(standbyDirectories.get(standby), standbyPorts.get(standby))
                        .start());
    }

    @Override
    public void close() throws IOException, SQLException {
        for (var standby : standbys) {
            if (standby != null) {
                standby.close();
            }
        }
        primary.close();
    }
}
