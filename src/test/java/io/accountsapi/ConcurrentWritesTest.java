package io.accountsapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CONTRACT section 6: concurrent writes. With the same ETag exactly one write wins; without If-Match, writes of
 * different fields all land and none is lost, and each write applies to what the one before it stored.
 */
class ConcurrentWritesTest extends ApiTestSupport {

    @Autowired
    private DataSource dataSource;

    private static final int ROUNDS = 20;

    @Test
    void twoClientsWithTheSameETagGetOne200AndOne412() throws Exception {
        var tenant = newTenant();
        var profile = "/organizations/" + tenant.organizationId() + "/profile";
        var user = "/users/" + tenant.memberId() + "/";
        var profileTag = get(profile, bearer(tenant.adminKey())).header("ETag");
        var userTag = get(user, jwt(tenant.adminKey())).header("ETag");

        var profileStatuses = concurrently(
                2,
                i -> send(
                                "PATCH",
                                profile,
                                bearer(tenant.adminKey()),
                                "{\"company_name\": \"Writer " + i + "\"}",
                                Map.of("Content-Type", "application/json", "If-Match", profileTag))
                        .status());
        var userStatuses = concurrently(
                2,
                i -> send(
                                "PATCH",
                                user,
                                jwt(tenant.adminKey()),
                                "{\"name\": \"Writer " + i + "\"}",
                                Map.of("Content-Type", "application/json", "If-Match", userTag))
                        .status());

        assertThat(profileStatuses).containsExactlyInAnyOrder(200, 412);
        assertThat(userStatuses).containsExactlyInAnyOrder(200, 412);
        assertThat(jdbc.sql("SELECT company_name FROM profiles WHERE organization_id = :id")
                        .param("id", tenant.organizationId())
                        .query(String.class)
                        .single())
                .startsWith("Writer ");
    }

    @Test
    void tenWritersOfDifferentAddressFieldsLoseNothing() throws Exception {
        var tenant = newTenant();
        var address = "/organizations/" + tenant.organizationId() + "/address";
        var fields = List.of(
                "country",
                "name_line",
                "premise",
                "sub_premise",
                "thoroughfare",
                "administrative_area",
                "sub_administrative_area",
                "locality",
                "dependent_locality",
                "postal_code");
        var countries = List.of("DE", "FR", "GB", "US", "CA");

        var statuses = concurrently(fields.size(), writer -> {
            var answers = new ArrayList<Integer>();
            for (int round = 0; round < ROUNDS; round++) {
                answers.add(patch(
                                address,
                                bearer(tenant.adminKey()),
                                "{\"" + fields.get(writer) + "\": \""
                                        + addressValue(fields.get(writer), round, countries) + "\"}")
                        .status());
            }
            return answers;
        });

        assertThat(statuses.stream().flatMap(List::stream))
                .hasSize(fields.size() * ROUNDS)
                .containsOnly(200);
        var stored = jdbc.sql("SELECT * FROM addresses WHERE organization_id = :id")
                .param("id", tenant.organizationId())
                .query()
                .singleRow();
        for (var field : fields) {
            assertThat(stored.get(field)).as(field).isEqualTo(addressValue(field, ROUNDS - 1, countries));
        }
    }

    @Test
    void fourWritersOfDifferentUserFieldsLoseNothing() throws Exception {
        var tenant = newTenant();
        var user = "/users/" + tenant.memberId() + "/";
        var titles = List.of("ceo", "cto", "cso", "seceng", "dev", "devop", "manager", "other");
        List<java.util.function.IntFunction<String>> bodies = List.of(
                round -> "{\"name\": \"Name " + round + "\"}",
                round -> "{\"title\": \"" + titles.get(round % titles.size()) + "\"}",
                round -> "{\"active\": " + (round % 2 == 1) + "}",
                round -> "{\"labels\": [{\"name\": \"round-" + round + "\"}, {\"name\": \"shared\"}]}");

        var statuses = concurrently(bodies.size(), writer -> {
            var answers = new ArrayList<Integer>();
            for (int round = 0; round < ROUNDS; round++) {
                answers.add(
                        patch(user, jwt(tenant.adminKey()), bodies.get(writer).apply(round))
                                .status());
            }
            return answers;
        });

        assertThat(statuses.stream().flatMap(List::stream))
                .hasSize(bodies.size() * ROUNDS)
                .containsOnly(200);
        var last = ROUNDS - 1;
        var stored = jdbc.sql(
                        "SELECT p.name, m.title, m.active FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.id = :id")
                .param("id", tenant.memberId())
                .query()
                .singleRow();
        assertThat(stored)
                .containsEntry("name", "Name " + last)
                .containsEntry("title", titles.get(last % titles.size()))
                .containsEntry("active", last % 2 == 1);
        assertThat(jdbc.sql("""
                SELECT l.name FROM user_labels ul JOIN labels l ON l.id = ul.label_id WHERE ul.membership_id = :id
                ORDER BY l.name""")
                        .param("id", tenant.memberId())
                        .query(String.class)
                        .list())
                .containsExactly("round-" + last, "shared");
    }

    @Test
    void writersOfOneUsersLabelsEachSeeTheLabelsTheOneBeforeStored() throws Exception {
        var tenant = newTenant();
        var user = "/users/" + tenant.memberId() + "/";
        var names = List.of("red", "green", "blue");

        // Each writer replaces the labels with two of three, overlapping the others' choices: a write applied to the
        // labels as they were before another write landed would link a label twice or keep one it should drop.
        var statuses = concurrently(4, writer -> {
            var answers = new ArrayList<Integer>();
            for (int round = 0; round < ROUNDS; round++) {
                var first = names.get((writer + round) % names.size());
                var second = names.get((writer + round + 1) % names.size());
                answers.add(patch(
                                user,
                                jwt(tenant.adminKey()),
                                "{\"labels\": [{\"name\": \"" + first + "\"}, {\"name\": \"" + second + "\"}]}")
                        .status());
            }
            return answers;
        });

        assertThat(statuses.stream().flatMap(List::stream)).hasSize(4 * ROUNDS).containsOnly(200);
        assertThat(jdbc.sql("SELECT count(*) FROM user_labels WHERE membership_id = :id")
                        .param("id", tenant.memberId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    /**
     * A PATCH reads the user without locking it and writes it with its version. A write that lands between its read and
     * its UPDATE (here PostgreSQL copying a rename of the person into the membership, V9) makes it run again on what
     * that write stored, rather than write back what it read.
     */
    @Test
    void aWriteOvertakenBetweenItsReadAndItsUpdateAppliesToWhatTheOtherStored() throws Exception {
        var tenant = newTenant();
        var user = "/users/" + tenant.memberId() + "/";
        Response answer;
        try (var other = dataSource.getConnection();
                var pool = Executors.newSingleThreadExecutor()) {
            other.setAutoCommit(false);
            try (var rename = other.prepareStatement(
                    "UPDATE people SET name = 'Renamed elsewhere' WHERE id = (SELECT person_id FROM memberships WHERE id = ?)")) {
                rename.setString(1, tenant.memberId());
                rename.executeUpdate();
            }
            var patch = pool.submit(() -> patch(user, jwt(tenant.adminKey()), "{\"title\": \"cto\"}"));
            awaitAStatementWaitingForALock();
            other.commit();
            answer = patch.get();
        }

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("name").asString()).isEqualTo("Renamed elsewhere");
        assertThat(jdbc.sql("""
                        SELECT m.title, m.person_name, p.name FROM memberships m JOIN people p ON p.id = m.person_id
                        WHERE m.id = :id""").param("id", tenant.memberId()).query().singleRow())
                .containsEntry("title", "cto")
                .containsEntry("person_name", "Renamed elsewhere")
                .containsEntry("name", "Renamed elsewhere");
    }

    /** Until a statement of this database waits for a row lock (the PATCH's UPDATE behind the open rename). */
    private void awaitAStatementWaitingForALock() throws InterruptedException {
        for (int attempt = 0; attempt < 250; attempt++) {
            var waiting = jdbc.sql("""
                            SELECT count(*) FROM pg_stat_activity
                            WHERE datname = current_database() AND wait_event_type = 'Lock'""").query(Integer.class).single();
            if (waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no statement waited for the open rename's lock");
    }

    private static String addressValue(String field, int round, List<String> countries) {
        return switch (field) {
            case "country" -> countries.get(round % countries.size());
            case "administrative_area" -> String.format("%02d", round);
            default -> field + " " + round;
        };
    }

    /** Runs {@code task(i)} for i in 0..n-1 on n threads released at the same instant; returns results in order. */
    private static <T> List<T> concurrently(int n, IndexedTask<T> task) throws Exception {
        try (var pool = Executors.newFixedThreadPool(n)) {
            var start = new CountDownLatch(1);
            var futures = new ArrayList<Future<T>>();
            for (int i = 0; i < n; i++) {
                var index = i;
                futures.add(pool.submit((Callable<T>) () -> {
                    start.await();
                    return task.run(index);
                }));
            }
            start.countDown();
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    @FunctionalInterface
    private interface IndexedTask<T> {
        T run(int index) throws Exception;
    }
}
