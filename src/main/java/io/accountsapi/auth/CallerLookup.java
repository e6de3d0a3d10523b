package io.accountsapi.auth;

import io.accountsapi.user.Role;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds the active user behind a key with one indexed query; run on every authenticated request. */
@Component
class CallerLookup {

    private final JdbcClient jdbc;

    CallerLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Caller> findActiveByKey(String key) {
        return jdbc.sql("""
                        SELECT u.id, u.organization_id, o.name AS organization_name,
                               u.is_billing_admin,
                               EXISTS (SELECT 1 FROM user_roles r
                                       WHERE r.user_id = u.id AND r.role_id = :admin AND r.tier = 'account') AS admin
                        FROM api_keys k
                        JOIN users u ON u.id = k.user_id
                        JOIN organizations o ON o.id = u.organization_id
                        WHERE k.key_hash = :hash AND u.active""")
                .param("admin", Role.ADMIN_ID)
                .param("hash", ApiKeys.hash(key))
                .query((rs, row) -> new Caller(rs.getString("id"), rs.getString("organization_id"),
                        rs.getString("organization_name"), rs.getBoolean("admin"), rs.getBoolean("is_billing_admin")))
                .optional();
    }
}
