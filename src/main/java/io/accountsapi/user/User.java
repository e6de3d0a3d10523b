package io.accountsapi.user;

import jakarta.persistence.CascadeType;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.ConstructorResult;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SqlResultSetMapping;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A user of one organization. Its e-mail is unique whatever its case (an index on {@code lower(email)}). */
@Entity
@Table(name = "users")
@SqlResultSetMapping(name = User.JSON, columns = @ColumnResult(name = "json", type = String.class))
@SqlResultSetMapping(name = User.EDITABLE, classes = @ConstructorResult(targetClass = UserRepository.Editable.class,
        columns = {@ColumnResult(name = "name", type = String.class), @ColumnResult(name = "title", type = String.class),
                @ColumnResult(name = "active", type = Boolean.class)}))
@SqlResultSetMapping(name = User.PAGE_ROW, classes = @ConstructorResult(targetClass = UserRepository.PageRow.class,
        columns = {@ColumnResult(name = "json", type = String.class), @ColumnResult(name = "total", type = Long.class)}))
class User {

    /** Result types of {@link UserRepository}'s reads, declared so that Hibernate need not find them out each time. */
    static final String JSON = "User.json";
    static final String PAGE_ROW = "User.pageRow";
    static final String EDITABLE = "User.editable";

    @Id
    private String id;
    private String organizationId;
    private String email;
    private String name;
    private String title;
    private boolean active;
    @Column(name = "is_billing_admin")
    private boolean billingAdmin;
    @Column(name = "is_apiuser")
    private boolean apiUser;
    private boolean mfaEnabled;
    private Instant lastLogin;
    private Instant changed;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "changed_by_id")
    private User changedBy;
    private Instant createdAt;
    /** Null until persisted, which is how Spring Data tells a new user from a stored one. */
    @Version
    private Long version;
    @ManyToMany
    @JoinTable(name = "user_labels", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "label_id"))
    private Set<Label> labels = new HashSet<>();
    @OneToMany(mappedBy = "user", cascade = CascadeType.PERSIST)
    private List<UserRole> roles = new ArrayList<>();

    protected User() {
    }

    /** {@code changedBy} null means the user made itself. */
    User(String id, String organizationId, String email, String name, String title, boolean active,
         boolean billingAdmin, User changedBy, Instant now) {
        this.id = id;
        this.organizationId = organizationId;
        this.email = email;
        this.name = name;
        this.title = title;
        this.active = active;
        this.billingAdmin = billingAdmin;
        this.changedBy = changedBy == null ? this : changedBy;
        this.changed = now;
        this.createdAt = now;
    }

    String id() {
        return id;
    }

    String email() {
        return email;
    }

    String name() {
        return name;
    }

    void addLabels(Set<Label> added) {
        labels.addAll(added);
    }

    void addRole(Role role, String tier, Team team, Target target) {
        roles.add(new UserRole(this, role, tier, team, target));
    }
}
