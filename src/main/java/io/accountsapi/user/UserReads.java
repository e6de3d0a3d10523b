package io.accountsapi.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
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
 * Reads users as the API shows them in one statement: a user with its labels and roles aggregated as JSON, or a page
 * of users with the total count, whatever the page size. One statement is one snapshot, so callers need no
 * transaction (which would only add BEGIN and COMMIT round trips).
 */
@Component
class UserReads {

    /** Sort keys clients may name, to SQL; the id makes the order total so pages never overlap. */
    static final Map<String, String> ORDERINGS = Map.of(
            "name", "u.name, u.id", "-name", "u.name DESC, u.id DESC",
            "email", "lower(u.email), u.id", "-email", "lower(u.email) DESC, u.id DESC",
            "changed", "u.changed, u.id", "-changed", "u.changed DESC, u.id DESC");

    // Labels and roles come as JSON arrays of arrays (cheaper than objects to build and to read), their items'
    // positions as labelOf and roleOf read them; a label's time in microseconds since the epoch (parsing ISO text
    // took a tenth of the server's time for a page of 50).
    private static final String USER_COLUMNS = """
            u.id, u.email, u.name, u.title, u.is_billing_admin, u.changed, u.active, u.last_login, u.is_apiuser,
            u.mfa_enabled, cb.id AS cb_id, cb.email AS cb_email, cb.name AS cb_name""";
    private static final String LABELS_AGGREGATE = """
            json_agg(json_build_array(l.id, l.name, l.color, (extract(epoch FROM l.changed) * 1000000)::bigint, lcb.id,
                                      lcb.email, lcb.name) ORDER BY l.name, l.id)""";
    private static final String LABELS_JOIN = """
            JOIN labels l ON l.id = ul.label_id LEFT JOIN users lcb ON lcb.id = l.changed_by_id""";
    private static final String ROLES_OF_USER = """
            (SELECT json_agg(json_build_array(r.role_id, ro.name, r.tier, t.id, t.name, g.id, g.name) ORDER BY r.id)
             FROM user_roles r JOIN roles ro ON ro.id = r.role_id
             LEFT JOIN teams t ON t.id = r.team_id LEFT JOIN targets g ON g.id = r.target_id
             WHERE r.user_id = u.id) AS roles""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    UserReads(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<UserResponse> findOne(String organizationId, String userId) {
        return jdbc.sql("SELECT " + USER_COLUMNS + ", (SELECT " + LABELS_AGGREGATE + " FROM user_labels ul "
                        + LABELS_JOIN + " WHERE ul.user_id = u.id) AS labels, " + ROLES_OF_USER
                        + " FROM users u LEFT JOIN users cb ON cb.id = u.changed_by_id"
                        + " WHERE u.organization_id = :organization AND u.id = :id")
                .param("organization", organizationId).param("id", userId)
                .query((rs, row) -> user(rs)).optional();
    }

    /**
     * One page and the number of users matching the filters; an empty page has a count of 0 unless it lies past the
     * last page, where the count is not known (and not needed: that page is invalid). The page of ids is chosen
     * first; its labels are then aggregated in one join for the whole page (measured: about a quarter less database
     * time for 50 users than a lookup per user).
     */
    Page findPage(String organizationId, UserQuery query) {
        var where = Where.of(organizationId, query);
        var order = ORDERINGS.get(query.orderBy());
        var statement = jdbc.sql("WITH page AS (SELECT u.id, count(*) OVER () AS total FROM users u WHERE " + where.sql()
                        + " ORDER BY " + order + " LIMIT :limit OFFSET :offset), "
                        + "page_labels AS (SELECT ul.user_id, " + LABELS_AGGREGATE + " AS labels FROM page "
                        + "JOIN user_labels ul ON ul.user_id = page.id " + LABELS_JOIN + " GROUP BY ul.user_id) "
                        + "SELECT " + USER_COLUMNS + ", page.total, page_labels.labels, " + ROLES_OF_USER
                        + " FROM page JOIN users u ON u.id = page.id LEFT JOIN users cb ON cb.id = u.changed_by_id"
                        + " LEFT JOIN page_labels ON page_labels.user_id = u.id ORDER BY " + order)
                .param("limit", query.length())
                .param("offset", (long) (query.page() - 1) * query.length());
        where.params().forEach(statement::param);
        var rows = statement.query((rs, row) -> new PageRow(user(rs), rs.getLong("total"))).list();
        return new Page(rows.stream().map(PageRow::user).toList(), rows.isEmpty() ? 0 : rows.getFirst().total());
    }

    private record PageRow(UserResponse user, long total) {
    }

    record Page(List<UserResponse> users, long total) {
    }

    /** The filters of section 5 as SQL over {@code users u}; values only ever travel as parameters. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(String organizationId, UserQuery query) {
            var params = new HashMap<String, Object>();
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
            return new Where(String.join(" AND ", clauses), params);
        }
    }

    private UserResponse user(ResultSet rs) throws SQLException {
        var labels = new ArrayList<UserResponse.LabelResponse>();
        aggregate(rs, "labels").forEach(label -> labels.add(labelOf(label)));
        var roles = new ArrayList<UserResponse.UserRoleResponse>();
        aggregate(rs, "roles").forEach(role -> roles.add(roleOf(role)));
        var changedById = rs.getString("cb_id");
        return new UserResponse(rs.getString("id"), rs.getString("email"), rs.getString("name"), rs.getString("title"),
                rs.getBoolean("is_billing_admin"),
                changedById == null ? null : new UserResponse.ChangedBy(changedById, rs.getString("cb_email"), rs.getString("cb_name")),
                instant(rs, "changed"), rs.getBoolean("active"), List.copyOf(labels), List.copyOf(roles),
                instant(rs, "last_login"), rs.getBoolean("is_apiuser"), rs.getBoolean("mfa_enabled"));
    }

    /** [id, name, color, changed (µs since the epoch), changed_by id, changed_by email, changed_by name] */
    private static UserResponse.LabelResponse labelOf(JsonNode label) {
        return new UserResponse.LabelResponse(label.get(0).asString(), label.get(1).asString(), label.get(2).asString(),
                label.get(4).isNull() ? null : new UserResponse.ChangedBy(label.get(4).asString(),
                        label.get(5).asString(), label.get(6).asString()),
                Instant.EPOCH.plus(label.get(3).asLong(), ChronoUnit.MICROS));
    }

    /** [role id, role name, tier, team id, team name, target id, target name] */
    private static UserResponse.UserRoleResponse roleOf(JsonNode role) {
        return new UserResponse.UserRoleResponse(new UserResponse.NamedRef(role.get(0).asString(), role.get(1).asString()),
                new UserResponse.Scope(role.get(2).asString(), namedRef(role, 3), namedRef(role, 5)));
    }

    private static UserResponse.NamedRef namedRef(JsonNode item, int idPosition) {
        var id = item.get(idPosition);
        return id.isNull() ? null : new UserResponse.NamedRef(id.asString(), item.get(idPosition + 1).asString());
    }

    /** A JSON array column built by json_agg, which is NULL when there is nothing to aggregate. */
    private JsonNode aggregate(ResultSet rs, String column) throws SQLException {
        var text = rs.getString(column);
        return text == null ? json.createArrayNode() : json.readTree(text);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
