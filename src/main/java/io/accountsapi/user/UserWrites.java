package io.accountsapi.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes of users and labels in plain SQL, a statement per step: a user PATCH is the lock, the current label links,
 * the label lookup, one statement that updates the row and its links, then the read of what is answered.
 * Callers run these in one transaction.
 */
@Component
class UserWrites {

    /** What a write may change on a user; label ids are those of the user's label links. */
    record UserState(String name, String title, boolean active, Set<String> labelIds) {

        UserState deactivated() {
            return new UserState(name, title, false, labelIds);
        }
    }

    record StoredLabel(String id, String name, String color) {
    }

    private final JdbcClient jdbc;

    UserWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The user's writable state, if the user is in that organization, locked until the transaction ends. The label
     * links are read by a second statement once the lock is held: a statement that waited for the lock still sees
     * the links as they were when it started, not those the previous holder committed.
     */
    Optional<UserState> lock(String organizationId, String userId) {
        return jdbc.sql("SELECT name, title, active FROM users WHERE id = :id AND organization_id = :organization FOR UPDATE")
                .param("id", userId).param("organization", organizationId)
                .query((rs, row) -> new UserState(rs.getString("name"), rs.getString("title"), rs.getBoolean("active"),
                        linkedLabelIds(userId)))
                .optional();
    }

    private Set<String> linkedLabelIds(String userId) {
        return Set.copyOf(jdbc.sql("SELECT label_id FROM user_labels WHERE user_id = :id").param("id", userId)
                .query(String.class).list());
    }

    boolean emailTaken(String email) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM users WHERE lower(email) = lower(:email))")
                .param("email", email).query(Boolean.class).single();
    }

    /** A new user row without label links; {@code changedById} is the user's own id when it made itself. */
    void insert(String id, String organizationId, String email, UserState state, boolean billingAdmin,
                String changedById, Instant now) {
        jdbc.sql("""
                        INSERT INTO users (id, organization_id, email, name, title, active, is_billing_admin, changed,
                                           changed_by_id, created_at)
                        VALUES (:id, :organization, :email, :name, :title, :active, :billingAdmin, :now, :changedBy, :now)""")
                .param("id", id).param("organization", organizationId).param("email", email)
                .param("name", state.name()).param("title", state.title()).param("active", state.active())
                .param("billingAdmin", billingAdmin).param("changedBy", changedById).param("now", timestamp(now))
                .update();
    }

    void insertRole(String userId, UserChanges.RoleInput role) {
        jdbc.sql("""
                        INSERT INTO user_roles (user_id, role_id, tier, team_id, target_id)
                        VALUES (:user, :role, :tier, :team, :target)""")
                .param("user", userId).param("role", role.roleId()).param("tier", role.tier())
                .param("team", role.teamId()).param("target", role.targetId())
                .update();
    }

    /**
     * Stores a changed user in one statement: the row, who changed it and when, and its label links (the ones no
     * longer wanted removed, the new ones added, the others left as they are).
     */
    void save(String userId, UserState state, String changedById, Instant now) {
        jdbc.sql("""
                        WITH removed AS (DELETE FROM user_labels WHERE user_id = :id AND label_id <> ALL (:labels)),
                             added AS (INSERT INTO user_labels (user_id, label_id) SELECT :id, unnest(:labels)
                                       ON CONFLICT DO NOTHING)
                        UPDATE users SET name = :name, title = :title, active = :active, changed = :now,
                                         changed_by_id = :changedBy, version = version + 1
                        WHERE id = :id""")
                .param("id", userId).param("labels", state.labelIds().toArray(String[]::new))
                .param("name", state.name()).param("title", state.title()).param("active", state.active())
                .param("now", timestamp(now)).param("changedBy", changedById)
                .update();
    }

    Set<String> existingRoleIds(List<String> ids) {
        return existing("SELECT id FROM roles WHERE id IN (:ids)", null, ids);
    }

    Set<String> existingTeamIds(String organizationId, List<String> ids) {
        return existing("SELECT id FROM teams WHERE organization_id = :organization AND id IN (:ids)", organizationId, ids);
    }

    Set<String> existingTargetIds(String organizationId, List<String> ids) {
        return existing("SELECT id FROM targets WHERE organization_id = :organization AND id IN (:ids)", organizationId,
                ids);
    }

    /** The ids among {@code ids} (nulls ignored) that {@code sql} finds, in {@code organizationId} when given. */
    private Set<String> existing(String sql, String organizationId, List<String> ids) {
        var wanted = ids.stream().filter(id -> id != null).distinct().toList();
        if (wanted.isEmpty()) {
            return Set.of();
        }
        var statement = jdbc.sql(sql).param("ids", wanted);
        if (organizationId != null) {
            statement = statement.param("organization", organizationId);
        }
        return Set.copyOf(statement.query(String.class).list());
    }

    List<StoredLabel> labelsNamed(String organizationId, Collection<String> names) {
        return jdbc.sql("SELECT id, name, color FROM labels WHERE organization_id = :organization AND name = ANY (:names)")
                .param("organization", organizationId).param("names", names.toArray(String[]::new))
                .query(UserWrites::storedLabel).list();
    }

    void insertLabel(StoredLabel label, String organizationId, String changedById, Instant now) {
        jdbc.sql("""
                        INSERT INTO labels (id, organization_id, name, color, changed, changed_by_id)
                        VALUES (:id, :organization, :name, :color, :now, :changedBy)""")
                .param("id", label.id()).param("organization", organizationId).param("name", label.name())
                .param("color", label.color()).param("now", timestamp(now)).param("changedBy", changedById)
                .update();
    }

    void recolorLabel(String labelId, String color, String changedById, Instant now) {
        jdbc.sql("""
                        UPDATE labels SET color = :color, changed = :now, changed_by_id = :changedBy, version = version + 1
                        WHERE id = :id""")
                .param("id", labelId).param("color", color).param("now", timestamp(now)).param("changedBy", changedById)
                .update();
    }

    private static StoredLabel storedLabel(ResultSet rs, int row) throws SQLException {
        return new StoredLabel(rs.getString("id"), rs.getString("name"), rs.getString("color"));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
