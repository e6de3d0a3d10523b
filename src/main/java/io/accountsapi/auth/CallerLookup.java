package io.accountsapi.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the active membership behind a key, with what authorization needs, in one indexed statement. It runs on every
 * authenticated request, on the primary, so a revoked key or a deactivated user is refused from the next request on.
 * It also reads the primary's WAL insert position (past every commit, even one not yet written), which the request's
 * reads on a replica must have replayed. Through JDBC, since it makes no entity: a JPA query would open an entity
 * manager and resolve its result mapping against the result's columns on every request.
 */
@Component
class CallerLookup {

    private static final String ACTIVE_CALLER = """
            SELECT m.id AS user_id, m.organization_id, o.name AS organization_name, m.account_admin AS admin,
                   m.is_billing_admin AS billing_admin, m.person_id, pg_current_wal_insert_lsn()::text AS wal_position
            FROM api_keys k JOIN memberships m ON m.id = k.membership_id JOIN organizations o ON o.id = m.organization_id
            WHERE k.key_hash = ? AND m.active""";

    private final JdbcClient jdbc;

    CallerLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<KeyOwner> findActiveByKey(String key) {
        return jdbc.sql(ACTIVE_CALLER)
                .param(ApiKeys.hash(key))
                .query(CallerLookup::keyOwner)
                .optional();
    }

    private static KeyOwner keyOwner(ResultSet row, int number) throws SQLException {
        return new KeyOwner(
                row.getString("user_id"),
                row.getString("organization_id"),
                row.getString("organization_name"),
                row.getBoolean("admin"),
                row.getBoolean("billing_admin"),
                row.getObject("person_id", UUID.class),
                row.getString("wal_position"));
    }
}
