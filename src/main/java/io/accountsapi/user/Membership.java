package io.accountsapi.user;

import io.accountsapi.user.roles.Role;
import io.accountsapi.user.roles.Target;
import io.accountsapi.user.roles.Team;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What one person is and may do in one organization: their title, whether active, their labels and roles there. It is
 * what Probely's dialect calls a user, by {@link #id}; who the person is lives in {@link Person}.
 */
@Entity
@Table(name = "memberships")
class Membership {

    @Id
    private String id;

    private String organizationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    /** The person's id as the row holds it: read without loading the person. */
    @Column(name = "person_id", insertable = false, updatable = false)
    private UUID personId;

    /**
     * A copy of the person's name, which lists order by (V4, V6): set by the database on insert, written here when the
     * person is renamed through this membership. The API shows the person's.
     */
    @Column(name = "person_name", insertable = false)
    private String personName;

    private String title;
    private boolean active;

    /** Whether it holds the Admin role account-wide: the database derives it from the role grants (V5). */
    @Column(name = "account_admin", insertable = false, updatable = false)
    private boolean accountAdmin;

    @Column(name = "is_billing_admin")
    private boolean billingAdmin;

    /** What it may do beyond what its Admin role grant and billing flag say (V7). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Enumerated(EnumType.STRING)
    @Column(name = "other_permissions")
    private Set<Permission> otherPermissions = EnumSet.noneOf(Permission.class);

    @Column(name = "is_apiuser")
    private boolean apiUser;

    private Instant changed;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "changed_by_id")
    private ChangeAuthor changedBy;

    private Instant createdAt;
    /** Null until persisted, which is how Spring Data tells a new user from a stored one. */
    @Version
    private Long version;

    @ManyToMany
    @JoinTable(
            name = "user_labels",
            joinColumns = @JoinColumn(name = "membership_id"),
            inverseJoinColumns = @JoinColumn(name = "label_id"))
    private Set<Label> labels = new HashSet<>();
    /**
     * A set, as the labels are: read together, two lists would repeat each other's items. Linked, so that a new
     * user's roles are stored, and numbered, in the order they were given.
     */
    @OneToMany(mappedBy = "membership", cascade = CascadeType.PERSIST, orphanRemoval = true)
    private Set<UserRole> roles = new LinkedHashSet<>();

    protected Membership() {}

    /** {@code changedBy}: who made it, the membership itself (a reference to its own id) when it made itself. */
    Membership(
            String id,
            String organizationId,
            Person person,
            String title,
            boolean active,
            boolean billingAdmin,
            ChangeAuthor changedBy,
            Instant now) {
        this.id = id;
        this.organizationId = organizationId;
        this.person = person;
        this.personId = person.id();
        this.title = title;
        this.active = active;
        this.billingAdmin = billingAdmin;
        this.changedBy = changedBy;
        this.changed = now;
        this.createdAt = now;
    }

    String id() {
        return id;
    }

    Person person() {
        return person;
    }

    String email() {
        return person.email();
    }

    String name() {
        return person.name();
    }

    String title() {
        return title;
    }

    boolean active() {
        return active;
    }

    boolean billingAdmin() {
        return billingAdmin;
    }

    boolean apiUser() {
        return apiUser;
    }

    boolean mfaEnabled() {
        return person.mfaEnabled();
    }

    Instant lastLogin() {
        return person.lastLogin();
    }

    Instant changed() {
        return changed;
    }

    /** Who changed the user last; null once that user is gone. */
    ChangeAuthor changedBy() {
        return changedBy;
    }

    /** What the member may do in its organization: an Admin also holds billing and members. */
    Set<Permission> permissions() {
        var permissions = EnumSet.noneOf(Permission.class);
        permissions.addAll(otherPermissions);
        if (billingAdmin) {
            permissions.add(Permission.BILLING);
        }
        if (accountAdmin) {
            permissions.addAll(EnumSet.of(Permission.ADMIN, Permission.BILLING, Permission.MEMBERS));
        }
        return permissions;
    }

    /**
     * Grants exactly {@code wanted}: {@link Permission#ADMIN} as the Admin role account-wide (revoked, the member keeps
     * or gets the Member role account-wide, so that it still sees its organization), {@link Permission#BILLING} as the
     * billing flag, the others as they are. {@code changed} and {@code changed_by} move only when something changes.
     */
    void grant(Set<Permission> wanted, Role adminRole, Role memberRole, ChangeAuthor by, Instant now) {
        var before = permissions();
        var admin = wanted.contains(Permission.ADMIN);
        if (admin && !holdsAccountWide(adminRole)) {
            addRole(adminRole, Tier.ACCOUNT.code(), null, null);
        }
        if (!admin) {
            roles.removeIf(role -> isAccountWide(role, adminRole));
            if (roles.isEmpty()) {
                addRole(memberRole, Tier.ACCOUNT.code(), null, null);
            }
        }
        // The database derives the column from the grants (V5); kept in step here for this answer.
        accountAdmin = admin;
        billingAdmin = wanted.contains(Permission.BILLING);
        otherPermissions = EnumSet.noneOf(Permission.class);
        wanted.stream().filter(Permission.KEPT_AS_GRANTED::contains).forEach(otherPermissions::add);
        if (!before.equals(permissions())) {
            changedBy = by;
            changed = now;
        }
    }

    private boolean holdsAccountWide(Role role) {
        return roles.stream().anyMatch(grant -> isAccountWide(grant, role));
    }

    private static boolean isAccountWide(UserRole grant, Role role) {
        return grant.role().id().equals(role.id()) && grant.tier().equals(Tier.ACCOUNT.code());
    }

    UUID uuid() {
        return personId;
    }

    Instant createdAt() {
        return createdAt;
    }

    Set<Label> labels() {
        return labels;
    }

    Set<UserRole> roles() {
        return roles;
    }

    void addLabels(Set<Label> added) {
        labels.addAll(added);
    }

    void addRole(Role role, String tier, Team team, Target target) {
        roles.add(new UserRole(this, role, tier, team, target));
    }

    /**
     * Applies the fields present in the changes, with {@code newLabels} (null: unchanged) as the whole label list;
     * {@code changed} and {@code changed_by} move only when a value really changes.
     */
    boolean apply(MembershipChanges changes, Set<Label> newLabels, ChangeAuthor by, Instant now) {
        var before = patchableValues();
        changes.name().ifPresent(this::rename);
        changes.title().ifPresent(value -> title = value);
        changes.active().ifPresent(value -> active = value);
        var relabeled = newLabels != null && !newLabels.equals(labels);
        if (relabeled) {
            // Changed in place, so that Hibernate writes only the links that come and go.
            labels.retainAll(newLabels);
            labels.addAll(newLabels);
        }
        var modified = relabeled || !before.equals(patchableValues());
        if (modified) {
            changedBy = by;
            changed = now;
        }
        return modified;
    }

    /** The person's other memberships' copies follow by trigger, after this membership's own update (V6). */
    private void rename(String newName) {
        person.rename(newName);
        personName = newName;
    }

    private List<Object> patchableValues() {
        return List.of(name(), title, active);
    }

    /** Deactivates the user; answers whether it was active. */
    boolean deactivate(ChangeAuthor by, Instant now) {
        if (!active) {
            return false;
        }
        active = false;
        changedBy = by;
        changed = now;
        return true;
    }
}
