package io.accountsapi.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "organizations")
class Organization {

    /** What a machine name may be (the migration's CHECK constraint repeats both as the database's own guard). */
    static final String NAME_PATTERN = "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$";

    static final int MAX_NAME = 64;

    @Id
    private String id;

    private String name;
    private String label;
    private String type;
    private String status;
    private String ownerId;
    private String securityContact = "";
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    protected Organization() {}

    Organization(String id, String name, String label, Instant now) {
        this.id = id;
        this.name = name;
        this.label = label;
        this.type = "flexible";
        this.status = "active";
        this.createdAt = now;
        this.updatedAt = now;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    String label() {
        return label;
    }

    String type() {
        return type;
    }

    String status() {
        return status;
    }

    String ownerId() {
        return ownerId;
    }

    String securityContact() {
        return securityContact;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /**
     * Renames and relabels the organization and sets its security contact; {@code updatedAt} moves only when something
     * changes.
     */
    void change(String newName, String newLabel, String newSecurityContact, Instant now) {
        if (!name.equals(newName) || !label.equals(newLabel) || !securityContact.equals(newSecurityContact)) {
            name = newName;
            label = newLabel;
            securityContact = newSecurityContact;
            updatedAt = now;
        }
    }

    void assignOwner(String userId, Instant now) {
        this.ownerId = userId;
        this.updatedAt = now;
    }
}
