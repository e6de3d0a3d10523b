package io.accountsapi.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads users as the API shows them in one statement, whatever the page size: each user row carries its labels and
 * roles aggregated as JSON, and a page carries the total count. One statement is one snapshot, so callers need no
 * transaction (which would only add BEGIN and COMMIT round trips).
 */
@Component
class UserReads {

    /** Every column of a shown user, over {@code users u}; the aggregates run only for the rows returned. */
    private static final String SHOWN_USER = """
            SELECT u.id, u.email, u.name, u.title, u.is_billing_admin, u.changed, u.active, u.last_login, u.is_apiuser,
                   u.mfa_enabled, cb.id AS cb_id, cb.email AS cb_email, cb.name AS cb_name,
                   (SELECT json_agg(json_build_object('id', l.id, 'name', l.name, 'color', l.color,
                                                      'changed', l.changed, 'cb_id', lcb.id, 'cb_email', lcb.email,
                                                      'cb_name', lcb.name) ORDER BY l.name, l.id)
                    FROM user_labels ul JOIN labels l ON l.id = ul.label_id
                    LEFT JOIN users lcb ON lcb.id = l.changed_by_id
                    WHERE ul.user_id = u.id) AS labels,
                   (SELECT json_agg(json_build_object('role_id', r.role_id, 'role_name', ro.name, 'tier', r.tier,
                                                      'team_id', t.id, 'team_name', t.name,
                                                      'target_id', g.id, 'target_name', g.name) ORDER BY r.id)
                    FROM user_roles r JOIN roles ro ON ro.id = r.role_id
                    LEFT JOIN teams t ON t.id = r.team_id LEFT JOIN targets g ON g.id = r.target_id
                    WHERE r.user_id = u.id) AS roles
            """;

    /** Sort keys clients may name, to SQL; the id makes the order total so pages never overlap. */
    static final Map<String, String> ORDERINGS = Map.of(
            "name", "u.name, u.id", "-name", "u.name DESC, u.id DESC",
            "email", "lower(u.email), u.id", "-email", "lower(u.email) DESC, u.id DESC",
            "changed", "u.changed, u.id", "-changed", "u.changed DESC, u.id DESC");

    private final JdbcClient jdbc;
    private final JsonMapper json;

    UserReads(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<UserResponse> findOne(String organizationId, String userId) {
        return jdbc.sql(SHOWN_USER + """
                        FROM users u LEFT JOIN users cb ON cb.id = u.changed_by_id
                        WHERE u.organization_id = :organization AND u.id = :id""")
                .param("organization", organizationId).param("id", userId)
                .query(this::user).optional();
    }

    /**
     * One page and the number of users matching the filters; an empty page has a count of 0 unless it lies past the
     * last page, where the count is not known (and not needed: that page is invalid).
     */
    Page findPage(String organizationId, UserQuery query) {
        var where = new Where(organizationId, query);
        // The page is chosen first, so the aggregates run for its rows only, not for the rows skipped.
        var order = ORDERINGS.get(query.orderBy());
        var statement = jdbc.sql(SHOWN_USER + ", p.total FROM (SELECT u.id, count(*) OVER () AS total FROM users u WHERE "
                        + where.sql + " ORDER BY " + order + " LIMIT :limit OFFSET :offset) p "
                        + "JOIN users u ON u.id = p.id LEFT JOIN users cb ON cb.id = u.changed_by_id ORDER BY " + order)
                .param("limit", query.length())
                .param("offset", (long) (query.page() - 1) * query.length());
        where.params.forEach(statement::param);
        var total = new long[1];
        var users = statement.query((rs, row) -> {
            total[0] = rs.getLong("total");
            return user(rs, row);
        }).list();
        return new Page(users, total[0]);
    }

    record Page(List<UserResponse> users, long total) {
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

    private UserResponse user(ResultSet rs, int row) throws SQLException {
        var labels = new ArrayList<UserResponse.LabelResponse>();
        for (var label : aggregate(rs, "labels")) {
            labels.add(new UserResponse.LabelResponse(label.get("id").asString(), label.get("name").asString(),
                    label.get("color").asString(), changedBy(label), OffsetDateTime.parse(label.get("changed").asString()).toInstant()));
        }
        var roles = new ArrayList<UserResponse.UserRoleResponse>();
        for (var role : aggregate(rs, "roles")) {
            roles.add(new UserResponse.UserRoleResponse(
                    new UserResponse.NamedRef(role.get("role_id").asString(), role.get("role_name").asString()),
                    new UserResponse.Scope(role.get("tier").asString(), namedRef(role, "team"), namedRef(role, "target"))));
        }
        var changedById = rs.getString("cb_id");
        return new UserResponse(rs.getString("id"), rs.getString("email"), rs.getString("name"), rs.getString("title"),
                rs.getBoolean("is_billing_admin"),
                changedById == null ? null : new UserResponse.ChangedBy(changedById, rs.getString("cb_email"), rs.getString("cb_name")),
                instant(rs, "changed"), rs.getBoolean("active"), List.copyOf(labels), List.copyOf(roles),
                instant(rs, "last_login"), rs.getBoolean("is_apiuser"), rs.getBoolean("mfa_enabled"));
    }

    /** A JSON array column built by json_agg, which is NULL when there is nothing to aggregate. */
    private JsonNode aggregate(ResultSet rs, String column) throws SQLException {
        var text = rs.getString(column);
        return text == null ? json.createArrayNode() : json.readTree(text);
    }

    private static UserResponse.ChangedBy changedBy(JsonNode label) {
        var id = label.get("cb_id");
        return id.isNull() ? null
                : new UserResponse.ChangedBy(id.asString(), label.get("cb_email").asString(), label.get("cb_name").asString());
    }

    private static UserResponse.NamedRef namedRef(JsonNode role, String prefix) {
        var id = role.get(prefix + "_id");
        return id.isNull() ? null : new UserResponse.NamedRef(id.asString(), role.get(prefix + "_name").asString());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
