package io.accountsapi.user;

import io.accountsapi.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "users")
class User {

    @Id
    private String id;
    private String organizationId;
    private String email;
    private String name = "";
    private String title = "";
    private boolean active = true;
    @Column(name = "is_billing_admin")
    private boolean billingAdmin;
    @Column(name = "is_apiuser")
    private boolean apiUser;
    private boolean mfaEnabled;
    private Instant lastLogin;
    private Instant changed;
    private String changedById;
    private Instant createdAt;
    @Version
    private Long version;
    @ManyToMany
    @JoinTable(name = "user_labels", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "label_id"))
    private Set<Label> labels = new HashSet<>();

    protected User() {
    }

    /** A new active user; {@code changedById} null means the user made itself (the bootstrap Admin). */
    User(String organizationId, String email, String name, String title, boolean active, boolean billingAdmin,
         String changedById, Instant now) {
        this.id = Ids.shortId();
        this.organizationId = organizationId;
        this.email = email;
        this.name = name;
        this.title = title;
        this.active = active;
        this.billingAdmin = billingAdmin;
        this.changedById = changedById == null ? id : changedById;
        this.changed = now;
        this.createdAt = now;
    }

    String id() { return id; }
    String organizationId() { return organizationId; }
    boolean active() { return active; }

    /**
     * Applies the fields present; {@code changed} and {@code changed_by} move only when something really changes.
     */
    void apply(UserChanges changes, Set<Label> newLabels, String changedBy, Instant now) {
        recordChange(changedBy, now, () -> {
            changes.name().ifPresent(value -> name = value);
            changes.title().ifPresent(value -> title = value);
            changes.active().ifPresent(value -> active = value);
            if (newLabels != null && !labels.equals(newLabels)) {
                labels.clear();
                labels.addAll(newLabels);
            }
        });
    }

    void deactivate(String changedBy, Instant now) {
        recordChange(changedBy, now, () -> active = false);
    }

    private void recordChange(String changedBy, Instant now, Runnable change) {
        var before = snapshot();
        change.run();
        if (!before.equals(snapshot())) {
            changed = now;
            changedById = changedBy;
        }
    }

    private List<Object> snapshot() {
        return List.of(name, title, active, Set.copyOf(labels));
    }
}
