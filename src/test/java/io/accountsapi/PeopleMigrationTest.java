package io.accountsapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The migration to people and memberships carries every user over: run in a schema of its own up to the version
 * before it, given users, then migrated to the end.
 */
class PeopleMigrationTest extends ApiTestSupport {

    private static final String SCHEMA = "people_migration_test";

    @Autowired
    private DataSource dataSource;

    @AfterEach
    void dropSchema() {
        jdbc.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
    }

    @Test
    void everyUserBecomesAPersonWithOneMembershipKeepingItsIdsLabelsRolesAndKeys() {
        jdbc.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
        migrate("3");
        jdbc.sql("""
                INSERT INTO people_migration_test.organizations (id, name, label, created_at, updated_at)
                VALUES ('01JM1GRATE0000000000000001', 'migrated', 'Migrated', now(), now());
                INSERT INTO people_migration_test.users
                    (id, uuid, organization_id, email, name, title, is_billing_admin, mfa_enabled, changed, created_at)
                VALUES ('adminMigr001', '7d4a0e4c-1b7e-4c55-9d3c-0c8d7f6b1a01', '01JM1GRATE0000000000000001',
                        'Admin@Example.com', 'Ada Admin', 'cto', true, true, now(), now() - interval '1 day'),
                       ('memberMigr01', '7d4a0e4c-1b7e-4c55-9d3c-0c8d7f6b1a02', '01JM1GRATE0000000000000001',
                        'member@example.com', 'Max Member', 'dev', false, false, now(), now());
                UPDATE people_migration_test.users SET changed_by_id = 'adminMigr001';
                UPDATE people_migration_test.organizations SET owner_id = 'adminMigr001';
                INSERT INTO people_migration_test.user_roles (user_id, role_id, tier)
                VALUES ('adminMigr001', 'AdminRoLe111', 'account'), ('memberMigr01', 'MemberRoLe11', 'account');
                INSERT INTO people_migration_test.labels (id, organization_id, name, changed)
                VALUES ('labelMigr001', '01JM1GRATE0000000000000001', 'backend', now());
                INSERT INTO people_migration_test.user_labels (user_id, label_id) VALUES ('memberMigr01', 'labelMigr001');
                INSERT INTO people_migration_test.api_keys (id, user_id, name, key_hash, created)
                VALUES ('keyMigr00001', 'memberMigr01', 'ci', sha256('k'), now())""").update();

        migrate(null);

        assertThat(jdbc.sql("""
                        SELECT m.id, p.id::text AS person, p.email, p.name, p.mfa_enabled, m.title, m.is_billing_admin,
                               m.changed_by_id, p.created_at = m.created_at AS same_creation
                        FROM people_migration_test.memberships m JOIN people_migration_test.people p ON p.id = m.person_id
                        ORDER BY m.id""").query().listOfRows())
                .extracting(row -> row.values().stream().map(String::valueOf).toList())
                .containsExactly(
                        List.of(
                                "adminMigr001",
                                "7d4a0e4c-1b7e-4c55-9d3c-0c8d7f6b1a01",
                                "Admin@Example.com",
                                "Ada Admin",
                                "true",
                                "cto",
                                "true",
                                "adminMigr001",
                                "true"),
                        List.of(
                                "memberMigr01",
                                "7d4a0e4c-1b7e-4c55-9d3c-0c8d7f6b1a02",
                                "member@example.com",
                                "Max Member",
                                "false",
                                "dev",
                                "false",
                                "adminMigr001",
                                "true"));
        assertThat(jdbc.sql("SELECT membership_id || role_id FROM people_migration_test.user_roles ORDER BY 1")
                        .query(String.class)
                        .list())
                .containsExactly("adminMigr001AdminRoLe111", "memberMigr01MemberRoLe11");
        assertThat(jdbc.sql("SELECT membership_id || label_id FROM people_migration_test.user_labels")
                        .query(String.class)
                        .list())
                .containsExactly("memberMigr01labelMigr001");
        assertThat(jdbc.sql("SELECT membership_id FROM people_migration_test.api_keys")
                        .query(String.class)
                        .list())
                .containsExactly("memberMigr01");
        assertThat(jdbc.sql("SELECT owner_id FROM people_migration_test.organizations")
                        .query(String.class)
                        .single())
                .isEqualTo("adminMigr001");
    }

    private void migrate(String target) {
        var flyway = Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration");
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
    }
}
