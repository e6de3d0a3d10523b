package io.accountsapi.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.accountsapi.Ids;
import io.accountsapi.TestDatabaseConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keys as stored, and the lookup every request makes, against the real PostgreSQL. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({TestDatabaseConfiguration.class, CallerLookup.class})
class CallerLookupTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiKeyRepository keys;

    @Autowired
    CallerLookup callers;

    @Test
    void aKeyFindsItsActiveUserWithTheRightsAuthorizationUses() {
        var organizationId = Ids.ulid(Clock.systemUTC());
        var name = "keys-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql(
                        "INSERT INTO organizations (id, name, label, created_at, updated_at) VALUES (:id, :name, 'Keys', now(), now())")
                .param("id", organizationId)
                .param("name", name)
                .update();
        var admin = user(organizationId, BuiltInRoles.ADMIN_ID, false);
        var billing = user(organizationId, BuiltInRoles.MEMBER_ID, true);
        keys.save(new ApiKey(admin, "admin", "acck_repo_admin_" + name, Instant.now()));
        keys.save(new ApiKey(billing, "billing", "acck_repo_billing_" + name, Instant.now()));
        keys.flush();

        var adminOwner =
                callers.findActive(ApiKeys.hash("acck_repo_admin_" + name)).orElseThrow();
        assertThat(adminOwner.caller()).isEqualTo(new Caller(admin, organizationId, name, true, false, person(admin)));
        assertThat(adminOwner.walPosition()).as("the primary's WAL position").matches("[0-9A-F]+/[0-9A-F]+");
        assertThat(callers.findActive(ApiKeys.hash("acck_repo_billing_" + name)).map(KeyOwner::caller))
                .contains(new Caller(billing, organizationId, name, false, true, person(billing)));
        assertThat(callers.findActive(ApiKeys.hash("acck_unknown"))).isEmpty();

        jdbc.sql("DELETE FROM user_roles WHERE membership_id = :id")
                .param("id", admin)
                .update();
        assertThat(callers.findActive(ApiKeys.hash("acck_repo_admin_" + name)).map(KeyOwner::caller))
                .as("the Admin role account-wide, revoked")
                .contains(new Caller(admin, organizationId, name, false, false, person(admin)));
        jdbc.sql("INSERT INTO user_roles (membership_id, role_id, tier) VALUES (:id, :role, 'account')")
                .param("id", admin)
                .param("role", BuiltInRoles.ADMIN_ID)
                .update();
        assertThat(callers.findActive(ApiKeys.hash("acck_repo_admin_" + name)).map(KeyOwner::caller))
                .as("granted again")
                .contains(new Caller(admin, organizationId, name, true, false, person(admin)));

        jdbc.sql("UPDATE memberships SET active = false WHERE id = :id")
                .param("id", admin)
                .update();
        assertThat(callers.findActive(ApiKeys.hash("acck_repo_admin_" + name))).isEmpty();
    }

    private UUID person(String membershipId) {
        return jdbc.sql("SELECT person_id FROM memberships WHERE id = :id")
                .param("id", membershipId)
                .query(UUID.class)
                .single();
    }

    private String user(String organizationId, String roleId, boolean billingAdmin) {
        var id = Ids.shortId();
        jdbc.sql("""
                        WITH person AS (
                            INSERT INTO people (id, email, created_at) VALUES (gen_random_uuid(), :email, now())
                            RETURNING id)
                        INSERT INTO memberships (id, organization_id, person_id, is_billing_admin, changed, created_at)
                        SELECT :id, :organization, person.id, :billing, now(), now() FROM person""")
                .param("id", id)
                .param("organization", organizationId)
                .param("email", id + "@example.com")
                .param("billing", billingAdmin)
                .update();
        jdbc.sql("INSERT INTO user_roles (membership_id, role_id, tier) VALUES (:id, :role, 'account')")
                .param("id", id)
                .param("role", roleId)
                .update();
        return id;
    }
}
