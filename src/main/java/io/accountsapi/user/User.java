package io.accountsapi.user;

import io.accountsapi.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

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

    protected User() {
    }

    User(String organizationId, String email, String name, boolean billingAdmin, String changedById, Instant now) {
        this.id = Ids.shortId();
        this.organizationId = organizationId;
        this.email = email;
        this.name = name;
        this.billingAdmin = billingAdmin;
        this.changedById = changedById;
        this.changed = now;
        this.createdAt = now;
    }

    String id() { return id; }
}
