import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;

/**
 * The embedded PostgreSQL of {@code bench/run.sh} when none answers on 5432, run as a single source file
 * ({@code java -cp <test classpath> bench/BenchDatabase.java <port> <dir>}) so that it adds no main class to the
 * project: it starts the database and keeps it until the process is stopped.
 */
final class BenchDatabase {

    private BenchDatabase() {
    }

    public static void main(String[] args) throws Exception {
        var postgres = EmbeddedPostgres.builder().setPort(Integer.parseInt(args[0])).setDataDirectory(Path.of(args[1]))
                .setCleanDataDirectory(true).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("Could not stop the bench database: " + e.getMessage());
            }
        }));
        System.out.println("bench database ready on port " + args[0]);
        Thread.currentThread().join();
    }
}
