package io.accountsapi.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsapi.Ids;
import io.accountsapi.TestDatabaseConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** User and label writes, and the schema's own rules for them, against the real PostgreSQL. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({TestDatabaseConfiguration.class, UserWrites.class})
class UserWritesTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserWrites writes;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private String organizationId;

    @BeforeEach
    void organization() {
        organizationId = Ids.ulid(Clock.systemUTC());
        jdbc.sql("""
                        INSERT INTO organizations (id, name, label, created_at, updated_at)
                        VALUES (:id, :name, 'Repo', now(), now())""")
                .param("id", organizationId).param("name", "repo-" + UUID.randomUUID().toString().substring(0, 8))
                .update();
    }

    @Test
    void lockOnlyFindsUsersOfTheGivenOrganization() {
        var id = newUser(unique("a"));

        assertThat(writes.lock(organizationId, id)).contains(new UserWrites.UserState("A", "", true, Set.of()));
        assertThat(writes.lock(Ids.ulid(Clock.systemUTC()), id)).isEmpty();
    }

    @Test
    void saveStoresTheRowAndReplacesTheLabelLinks() {
        var id = newUser(unique("b"));
        var red = new UserWrites.StoredLabel(Ids.shortId(), "red", "#ff0000");
        var blue = new UserWrites.StoredLabel(Ids.shortId(), "blue", "");
        var green = new UserWrites.StoredLabel(Ids.shortId(), "green", "");
        List.of(red, blue, green).forEach(label -> writes.insertLabel(label, organizationId, id, now));

        writes.save(id, new UserWrites.UserState("B2", "cto", false, Set.of(red.id(), blue.id())), id, now);
        writes.save(id, new UserWrites.UserState("B3", "dev", true, Set.of(blue.id(), green.id())), id, now);

        assertThat(writes.lock(organizationId, id))
                .contains(new UserWrites.UserState("B3", "dev", true, Set.of(blue.id(), green.id())));
        assertThat(writes.labelsNamed(organizationId, List.of("red", "blue", "black")))
                .containsExactlyInAnyOrder(red, blue);
    }

    @Test
    void emailsAreUniqueWhateverTheirCase() {
        var email = unique("Case");
        newUser(email);

        assertThat(writes.emailTaken(email.toUpperCase())).isTrue();
        assertThat(writes.emailTaken(unique("other"))).isFalse();
        assertThatThrownBy(() -> newUser(email.toLowerCase())).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void schemaRefusesWhatTheContractForbids() {
        var id = newUser(unique("c"));

        assertRefused("UPDATE users SET title = 'boss' WHERE id = '" + id + "'");
        assertRefused("UPDATE users SET name = repeat('n', 61) WHERE id = '" + id + "'");
        assertRefused("INSERT INTO labels (id, organization_id, name, color, changed) VALUES ('" + Ids.shortId() + "', '"
                + organizationId + "', 'x', 'red!', now())");
        assertRefused("INSERT INTO user_roles (user_id, role_id, tier) VALUES ('" + id + "', 'MemberRoLe11', 'team')");
        assertRefused("INSERT INTO user_roles (user_id, role_id, tier) VALUES ('" + id + "', 'NoSuchRole12', 'account')");
    }

    private String newUser(String email) {
        var id = Ids.shortId();
        writes.insert(id, organizationId, email, new UserWrites.UserState("A", "", true, Set.of()), false, id, now);
        return id;
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(() -> {
            jdbc.sql("SAVEPOINT attempt").update();
            try {
                jdbc.sql(sql).update();
            } finally {
                jdbc.sql("ROLLBACK TO SAVEPOINT attempt").update();
            }
        }).as(sql).isInstanceOf(DataAccessException.class);
    }

    private static String unique(String local) {
        return local + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
