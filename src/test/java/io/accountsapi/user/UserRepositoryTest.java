package io.accountsapi.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsapi.Ids;
import io.accountsapi.TestDatabaseConfiguration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.openapitools.jackson.nullable.JsonNullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;

/** User and label persistence, and the schema's own rules for them, against the real PostgreSQL. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(TestDatabaseConfiguration.class)
class UserRepositoryTest {

    @Autowired
    EntityManager entityManager;
    @Autowired
    UserRepository users;
    @Autowired
    LabelRepository labels;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private String organizationId;

    @BeforeEach
    void organization() {
        organizationId = Ids.ulid(Clock.systemUTC());
        entityManager.createNativeQuery("""
                INSERT INTO organizations (id, name, label, created_at, updated_at)
                VALUES (?1, ?2, 'Repo', now(), now())""")
                .setParameter(1, organizationId).setParameter(2, "repo-" + UUID.randomUUID().toString().substring(0, 8))
                .executeUpdate();
    }

    @Test
    void findForUpdateOnlyFindsUsersOfTheGivenOrganization() {
        var user = users.save(new User(organizationId, unique("a"), "A", "", true, false, null, now));

        assertThat(users.findForUpdate(user.id(), organizationId)).isPresent();
        assertThat(users.findForUpdate(user.id(), Ids.ulid(Clock.systemUTC()))).isEmpty();
    }

    @Test
    void labelsAreStoredThroughTheUserAndFoundByName() {
        var user = users.save(new User(organizationId, unique("b"), "B", "", true, false, null, now));
        var red = labels.save(new Label(organizationId, "red", "#ff0000", user.id(), now));
        var changes = new UserChanges(JsonNullable.undefined(),
                JsonNullable.of("B2"), JsonNullable.undefined(),
                JsonNullable.undefined(), JsonNullable.undefined(),
                JsonNullable.undefined(), new TreeSet<>());

        user.apply(changes, Set.of(red), user.id(), now);
        entityManager.flush();

        assertThat(labels.findByOrganizationIdAndNameIn(organizationId, List.of("red", "blue"))).containsExactly(red);
        assertThat(entityManager.createNativeQuery("SELECT count(*) FROM user_labels WHERE user_id = ?1")
                .setParameter(1, user.id()).getSingleResult()).isEqualTo(1L);
    }

    @Test
    void emailsAreUniqueWhateverTheirCase() {
        var email = unique("Case");
        users.saveAndFlush(new User(organizationId, email, "", "", true, false, null, now));

        assertThat(users.existsByEmailIgnoreCase(email.toUpperCase())).isTrue();
        assertThatThrownBy(() -> users.saveAndFlush(new User(organizationId, email.toLowerCase(), "", "", true, false, null, now)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void schemaRefusesWhatTheContractForbids() {
        var user = users.saveAndFlush(new User(organizationId, unique("c"), "", "", true, false, null, now));

        assertRefused("UPDATE users SET title = 'boss' WHERE id = '" + user.id() + "'");
        assertRefused("UPDATE users SET name = repeat('n', 61) WHERE id = '" + user.id() + "'");
        assertRefused("INSERT INTO labels (id, organization_id, name, color, changed) VALUES ('" + Ids.shortId() + "', '"
                + organizationId + "', 'x', 'red!', now())");
        assertRefused("INSERT INTO user_roles (user_id, role_id, tier) VALUES ('" + user.id() + "', 'MemberRoLe11', 'team')");
        assertRefused("INSERT INTO user_roles (user_id, role_id, tier) VALUES ('" + user.id() + "', 'NoSuchRole12', 'account')");
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(() -> {
            entityManager.createNativeQuery("SAVEPOINT attempt").executeUpdate();
            try {
                entityManager.createNativeQuery(sql).executeUpdate();
            } finally {
                entityManager.createNativeQuery("ROLLBACK TO SAVEPOINT attempt").executeUpdate();
            }
        }).as(sql).isInstanceOf(PersistenceException.class);
    }

    private static String unique(String local) {
        return local + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
