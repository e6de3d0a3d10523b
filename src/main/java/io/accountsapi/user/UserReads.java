package io.accountsapi.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads users as the API shows them with a fixed number of statements whatever the page size: the users (with who
 * changed them), then all their labels in one query, then all their roles in one query.
 */
@Component
class UserReads {

    private static final String USER_COLUMNS = """
            SELECT u.id, u.email, u.name, u.title, u.is_billing_admin, u.changed, u.active, u.last_login, u.is_apiuser,
                   u.mfa_enabled, cb.id AS cb_id, cb.email AS cb_email, cb.name AS cb_name
            FROM users u LEFT JOIN users cb ON cb.id = u.changed_by_id
            """;

    /** Sort keys clients may name, to SQL; the id makes the order total so pages never overlap. */
    static final Map<String, String> ORDERINGS = Map.of(
            "name", "u.name, u.id", "-name", "u.name DESC, u.id DESC",
            "email", "lower(u.email), u.id", "-email", "lower(u.email) DESC, u.id DESC",
            "changed", "u.changed, u.id", "-changed", "u.changed DESC, u.id DESC");

    private final JdbcClient jdbc;

    UserReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserResponse> findOne(String organizationId, String userId) {
        var rows = jdbc.sql(USER_COLUMNS + "WHERE u.organization_id = :organization AND u.id = :id")
                .param("organization", organizationId).param("id", userId)
                .query(UserReads::userRow).list();
        return render(rows).stream().findFirst();
    }

    long count(String organizationId, UserQuery query) {
        var where = new Where(organizationId, query);
        var statement = jdbc.sql("SELECT count(*) FROM users u WHERE " + where.sql);
        where.params.forEach(statement::param);
        return statement.query(Long.class).single();
    }

    List<UserResponse> findPage(String organizationId, UserQuery query) {
        var where = new Where(organizationId, query);
        var statement = jdbc.sql(USER_COLUMNS + "WHERE " + where.sql + " ORDER BY " + ORDERINGS.get(query.orderBy())
                        + " LIMIT :limit OFFSET :offset")
                .param("limit", query.length())
                .param("offset", (long) (query.page() - 1) * query.length());
        where.params.forEach(statement::param);
        return render(statement.query(UserReads::userRow).list());
    }

    /** The filters of section 5 as SQL over {@code users u}; values only ever travel as parameters. */
    private static final class Where {
        final Map<String, Object> params = new HashMap<>();
        final String sql;

        Where(String organizationId, UserQuery query) {
            var clauses = new ArrayList<String>();
            clauses.add("u.organization_id = :organization");
            params.put("organization", organizationId);
            if (query.search() != null && !query.search().isBlank()) {
                clauses.add("(u.name ILIKE :search ESCAPE '\\' OR u.email ILIKE :search ESCAPE '\\')");
                params.put("search", "%" + query.search().strip().replaceAll("([\\\\%_])", "\\\\$1") + "%");
            }
            if (query.active() != null) {
                clauses.add("u.active = :active");
                params.put("active", query.active());
            }
            if (query.mfaEnabled() != null) {
                clauses.add("u.mfa_enabled = :mfa");
                params.put("mfa", query.mfaEnabled());
            }
            if (!query.labelIds().isEmpty()) {
                params.put("labels", query.labelIds());
                if (query.allLabels()) {
                    clauses.add("(SELECT count(DISTINCT ul.label_id) FROM user_labels ul "
                            + "WHERE ul.user_id = u.id AND ul.label_id IN (:labels)) = :labelCount");
                    params.put("labelCount", query.labelIds().stream().distinct().count());
                } else {
                    clauses.add("EXISTS (SELECT 1 FROM user_labels ul WHERE ul.user_id = u.id AND ul.label_id IN (:labels))");
                }
            }
            if (!query.roleIds().isEmpty()) {
                clauses.add("EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role_id IN (:roles))");
                params.put("roles", query.roleIds());
            }
            sql = String.join(" AND ", clauses);
        }
    }

    private record UserRow(String id, String email, String name, String title, boolean billingAdmin, Instant changed,
                           boolean active, Instant lastLogin, boolean apiUser, boolean mfaEnabled,
                           UserResponse.ChangedBy changedBy) {
    }

    private static UserRow userRow(ResultSet rs, int row) throws SQLException {
        return new UserRow(rs.getString("id"), rs.getString("email"), rs.getString("name"), rs.getString("title"),
                rs.getBoolean("is_billing_admin"), instant(rs, "changed"), rs.getBoolean("active"),
                instant(rs, "last_login"), rs.getBoolean("is_apiuser"), rs.getBoolean("mfa_enabled"),
                changedBy(rs));
    }

    private List<UserResponse> render(List<UserRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(UserRow::id).toList();
        Map<String, List<UserResponse.LabelResponse>> labels = new HashMap<>();
        jdbc.sql("""
                        SELECT ul.user_id, l.id, l.name, l.color, l.changed,
                               cb.id AS cb_id, cb.email AS cb_email, cb.name AS cb_name
                        FROM user_labels ul JOIN labels l ON l.id = ul.label_id
                        LEFT JOIN users cb ON cb.id = l.changed_by_id
                        WHERE ul.user_id IN (:ids) ORDER BY l.name, l.id""")
                .param("ids", ids)
                .query(rs -> {
                    labels.computeIfAbsent(rs.getString("user_id"), id -> new ArrayList<>()).add(
                            new UserResponse.LabelResponse(rs.getString("id"), rs.getString("name"),
                                    rs.getString("color"), changedBy(rs), instant(rs, "changed")));
                });
        Map<String, List<UserResponse.UserRoleResponse>> roles = new HashMap<>();
        jdbc.sql("""
                        SELECT r.user_id, r.role_id, ro.name AS role_name, r.tier, t.id AS team_id, t.name AS team_name,
                               g.id AS target_id, g.name AS target_name
                        FROM user_roles r JOIN roles ro ON ro.id = r.role_id
                        LEFT JOIN teams t ON t.id = r.team_id LEFT JOIN targets g ON g.id = r.target_id
                        WHERE r.user_id IN (:ids) ORDER BY r.id""")
                .param("ids", ids)
                .query(rs -> {
                    roles.computeIfAbsent(rs.getString("user_id"), id -> new ArrayList<>()).add(
                            new UserResponse.UserRoleResponse(
                                    new UserResponse.NamedRef(rs.getString("role_id"), rs.getString("role_name")),
                                    new UserResponse.Scope(rs.getString("tier"),
                                            namedRef(rs.getString("team_id"), rs.getString("team_name")),
                                            namedRef(rs.getString("target_id"), rs.getString("target_name")))));
                });
        Map<String, UserResponse> byId = new LinkedHashMap<>();
        for (var row : rows) {
            byId.put(row.id(), new UserResponse(row.id(), row.email(), row.name(), row.title(), row.billingAdmin(),
                    row.changedBy(), row.changed(), row.active(), labels.getOrDefault(row.id(), List.of()),
                    roles.getOrDefault(row.id(), List.of()), row.lastLogin(), row.apiUser(), row.mfaEnabled()));
        }
        return List.copyOf(byId.values());
    }

    private static UserResponse.NamedRef namedRef(String id, String name) {
        return id == null ? null : new UserResponse.NamedRef(id, name);
    }

    private static UserResponse.ChangedBy changedBy(ResultSet rs) throws SQLException {
        var id = rs.getString("cb_id");
        return id == null ? null : new UserResponse.ChangedBy(id, rs.getString("cb_email"), rs.getString("cb_name"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
