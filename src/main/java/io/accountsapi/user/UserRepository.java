package io.accountsapi.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

/**
 * Users. Reads answer each user as one JSON object in the API's own shape, labels and roles included, so that a user
 * or a whole page is one statement whatever its size; the service reads it into the response by field name.
 */
interface UserRepository extends JpaRepository<User, String> {

    /** The JSON of the label {@code l}; who changed it last is looked up by primary key. */
    String LABEL_JSON = """
            json_build_object('id', l.id, 'name', l.name, 'color', l.color,
                'changed_by', (SELECT json_build_object('id', lcb.id, 'email', lcb.email, 'name', lcb.name)
                               FROM users lcb WHERE lcb.id = l.changed_by_id),
                'changed', extract(epoch FROM l.changed))""";

    /** The fields of the user {@code u} as the API shows them, but its labels, which each query reads its own way. */
    String USER_FIELDS = """
            'id', u.id, 'email', u.email, 'name', u.name, 'title', u.title, 'is_billing_admin', u.is_billing_admin,
            'changed_by', (SELECT json_build_object('id', cb.id, 'email', cb.email, 'name', cb.name)
                           FROM users cb WHERE cb.id = u.changed_by_id),
            'changed', extract(epoch FROM u.changed), 'active', u.active,
            'user_roles', coalesce((
                SELECT json_agg(json_build_object('role', json_build_object('id', ro.id, 'name', ro.name),
                    'scope', json_build_object('tier', r.tier,
                        'team', CASE WHEN t.id IS NOT NULL THEN json_build_object('id', t.id, 'name', t.name) END,
                        'target', CASE WHEN g.id IS NOT NULL THEN json_build_object('id', g.id, 'name', g.name) END))
                    ORDER BY r.id)
                FROM user_roles r JOIN roles ro ON ro.id = r.role_id
                LEFT JOIN teams t ON t.id = r.team_id LEFT JOIN targets g ON g.id = r.target_id
                WHERE r.user_id = u.id), '[]'),
            'last_login', extract(epoch FROM u.last_login), 'is_apiuser', u.is_apiuser, 'mfa_enabled', u.mfa_enabled""";

    /** The order of a page; the id breaks ties, so that pages never overlap. */
    String PAGE_ORDER = """
            CASE :ordering WHEN 'name' THEN u.name WHEN 'email' THEN lower(u.email) END,
            CASE :ordering WHEN '-name' THEN u.name WHEN '-email' THEN lower(u.email) END DESC,
            CASE :ordering WHEN 'changed' THEN u.changed END,
            CASE :ordering WHEN '-changed' THEN u.changed END DESC,
            CASE WHEN :ordering LIKE '-%' THEN u.id END DESC, u.id""";

    /**
     * One user as the API shows it. Its labels are looked up by primary key ({@code = ANY (ARRAY(...))}: left to
     * itself, the planner hashes the whole label catalogue).
     */
    @NativeQuery(sqlResultSetMapping = User.JSON, value = "SELECT json_build_object(" + USER_FIELDS + """
            , 'labels', coalesce((SELECT json_agg(""" + LABEL_JSON + """
             ORDER BY l.name, l.id)
                FROM labels l WHERE l.id = ANY (ARRAY(SELECT ul.label_id FROM user_labels ul WHERE ul.user_id = u.id))),
                '[]')) AS json
            FROM users u WHERE u.organization_id = :organizationId AND u.id = :id""")
    Optional<String> findJson(String organizationId, String id);

    /**
     * A page of the organization's users that pass the filters, each with the number of all that pass. A filter
     * whose value is empty (or null) does not apply; a user passes the search when every pattern matches its name or
     * e-mail; the team and target filters look at the scopes of the user's roles, {@code account} at whether one
     * role is account-wide, {@code noAccess} at whether the user holds no role at all; {@code ordering} is one of {@link UserQuery#ORDERINGS}. The page
     * is chosen first, then its labels are read in one join for the whole page (measured: half the database time of
     * building every user's JSON in one flat query, where Spring Data would add the LIMIT), each label's JSON built
     * once however many of the page's users have it (a fifth less database time on pages of 50 users with 3 labels).
     */
    @NativeQuery(sqlResultSetMapping = User.PAGE_ROW, value = """
            WITH page AS (
                SELECT u.id, count(*) OVER () AS total
                FROM users u
                WHERE u.organization_id = :organizationId
                  AND (cardinality(CAST(:searchPatterns AS varchar[])) = 0
                       OR NOT EXISTS (SELECT 1 FROM unnest(CAST(:searchPatterns AS varchar[])) AS term (pattern)
                                      WHERE NOT (u.name ILIKE term.pattern ESCAPE '\\'
                                                 OR u.email ILIKE term.pattern ESCAPE '\\')))
                  AND (CAST(:active AS boolean) IS NULL OR u.active = CAST(:active AS boolean))
                  AND (CAST(:mfaEnabled AS boolean) IS NULL OR u.mfa_enabled = CAST(:mfaEnabled AS boolean))
                  AND (cardinality(CAST(:labelIds AS varchar[])) = 0
                       OR (SELECT count(*) FROM user_labels ul
                           WHERE ul.user_id = u.id AND ul.label_id = ANY (CAST(:labelIds AS varchar[])))
                          >= CASE WHEN :allLabels THEN cardinality(CAST(:labelIds AS varchar[])) ELSE 1 END)
                  AND (cardinality(CAST(:roleIds AS varchar[])) = 0
                       OR EXISTS (SELECT 1 FROM user_roles r
                                  WHERE r.user_id = u.id AND r.role_id = ANY (CAST(:roleIds AS varchar[]))))
                  AND (cardinality(CAST(:teamIds AS varchar[])) = 0
                       OR EXISTS (SELECT 1 FROM user_roles r
                                  WHERE r.user_id = u.id AND r.team_id = ANY (CAST(:teamIds AS varchar[]))))
                  AND (cardinality(CAST(:targetIds AS varchar[])) = 0
                       OR EXISTS (SELECT 1 FROM user_roles r
                                  WHERE r.user_id = u.id AND r.target_id = ANY (CAST(:targetIds AS varchar[]))))
                  AND (cardinality(CAST(:excludedTeamIds AS varchar[])) = 0
                       OR NOT EXISTS (SELECT 1 FROM user_roles r
                                      WHERE r.user_id = u.id AND r.team_id = ANY (CAST(:excludedTeamIds AS varchar[]))))
                  AND (cardinality(CAST(:excludedTargetIds AS varchar[])) = 0
                       OR NOT EXISTS (SELECT 1 FROM user_roles r
                                      WHERE r.user_id = u.id AND r.target_id = ANY (CAST(:excludedTargetIds AS varchar[]))))
                  AND (CAST(:account AS boolean) IS NULL
                       OR EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.tier = 'account')
                          = CAST(:account AS boolean))
                  AND (CAST(:noAccess AS boolean) IS NULL
                       OR NOT EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id) = CAST(:noAccess AS boolean))
                ORDER BY\s""" + PAGE_ORDER + """
                LIMIT :limit OFFSET :offset),
            page_label_json AS MATERIALIZED (
                SELECT l.id, l.name, """ + LABEL_JSON + """
             AS json
                FROM labels l WHERE l.id IN (SELECT ul.label_id FROM page JOIN user_labels ul ON ul.user_id = page.id)),
            page_labels AS (
                SELECT ul.user_id, json_agg(l.json ORDER BY l.name, l.id) AS labels
                FROM page JOIN user_labels ul ON ul.user_id = page.id JOIN page_label_json l ON l.id = ul.label_id
                GROUP BY ul.user_id)
            SELECT json_build_object(""" + USER_FIELDS + """
            , 'labels', coalesce(page_labels.labels, '[]')) AS json, page.total
            FROM page JOIN users u ON u.id = page.id LEFT JOIN page_labels ON page_labels.user_id = u.id
            ORDER BY\s""" + PAGE_ORDER)
    List<PageRow> findPage(String organizationId, String[] searchPatterns, Boolean active, Boolean mfaEnabled,
                           String[] labelIds, boolean allLabels, String[] roleIds, String[] teamIds, String[] targetIds,
                           String[] excludedTeamIds, String[] excludedTargetIds, Boolean account, Boolean noAccess,
                           String ordering, int limit, long offset);

    /** One row of a page: the user's JSON and how many users pass the filters in all. */
    record PageRow(String json, Long total) {
    }

    /**
     * Locks the user's row until the transaction ends, so that concurrent writes apply one after the other, and
     * answers what a write may change. A projection, not the entity: nothing is left for Hibernate to check at flush.
     */
    @NativeQuery(sqlResultSetMapping = User.EDITABLE, value = """
            SELECT name, title, active FROM users WHERE id = :id AND organization_id = :organizationId FOR UPDATE""")
    Optional<Editable> lockEditable(String organizationId, String id);

    /** What a write may change on a user, but its labels. */
    record Editable(String name, String title, boolean active) {
    }

    boolean existsByIdAndOrganizationId(String id, String organizationId);

    /**
     * The member an active user is, as Upsun shows it: {@code admin} when the user holds the Admin role account-wide,
     * {@code owner} when the organization names the user its owner.
     */
    String MEMBER = """
            select new io.accountsapi.user.MemberView(u.id,
                case when exists (select r.id from UserRole r
                                  where r.user = u and r.role.id = :adminRoleId and r.tier = 'account')
                     then true else false end,
                u.billingAdmin, case when o.ownerId = u.id then true else false end, u.createdAt, u.changed)
            from User u join Organization o on o.id = u.organizationId
            where u.organizationId = :organizationId and u.active = true""";

    /** The organization's active users after the cursor, in the order of their ids. */
    @Query(MEMBER + " and u.id > :after order by u.id")
    List<MemberView> findMembersAfter(String organizationId, String adminRoleId, String after, Limit limit);

    /** The organization's active users before the cursor, the nearest first. */
    @Query(MEMBER + " and u.id < :before order by u.id desc")
    List<MemberView> findMembersBefore(String organizationId, String adminRoleId, String before, Limit limit);

    @Query(MEMBER + " and u.id = :userId")
    Optional<MemberView> findMember(String organizationId, String adminRoleId, String userId);

    long countByOrganizationIdAndActiveTrue(String organizationId);

    @Query("""
            select new io.accountsapi.user.CurrentUserView(u.id, u.active, u.email, u.name, u.createdAt, u.changed,
                o.label, a.country)
            from User u join Organization o on o.id = u.organizationId join Address a on a.organizationId = o.id
            where u.id = :id""")
    Optional<CurrentUserView> findCurrentUser(String id);

    /** Uses the index on {@code lower(email)}. */
    @Query("select count(u) > 0 from User u where lower(u.email) = lower(:email)")
    boolean emailTaken(String email);

    /**
     * Stores a write in one statement, after {@link #lockEditable}, so that it reads the links the previous holder of
     * the lock committed: the row, who changed it and when, and its label links (null {@code labelIds}: they stay),
     * those no longer wanted removed, the new ones added, the others left as they are. The row moves only when
     * something really changes: a write that changes nothing leaves {@code changed} and {@code changed_by} alone.
     * (Dirty checking would take three statements, and one more to read the links first.)
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            WITH removed AS (DELETE FROM user_labels
                             WHERE user_id = :id AND label_id <> ALL (CAST(:labelIds AS varchar[])) RETURNING 1),
                 added AS (INSERT INTO user_labels (user_id, label_id) SELECT :id, unnest(CAST(:labelIds AS varchar[]))
                           ON CONFLICT DO NOTHING RETURNING 1)
            UPDATE users SET name = :name, title = :title, active = :active, changed = :now,
                             changed_by_id = :changedById, version = version + 1
            WHERE id = :id AND (name <> :name OR title <> :title OR active <> :active
                                OR EXISTS (SELECT FROM removed) OR EXISTS (SELECT FROM added))""")
    void saveChanges(String id, String name, String title, boolean active, String[] labelIds, String changedById,
                     Instant now);
}
