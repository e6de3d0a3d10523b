package io.accountsapi.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "organizations")
class Organization implements OrganizationView {

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
        this(id, name, label, "flexible", "", now);
    }

    Organization(String id, String name, String label, String type, String securityContact, Instant now) {
        this.id = id;
        this.name = name;
        this.label = label;
        this.type = type;
        this.securityContact = securityContact;
        this.status = "active";
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getLabel() {
        return label;
    }

    public String getType() {
        return type;
    }

    public String getStatus() {
        return status;
    }

    public String ownerId() {
        return ownerId;
    }

    public String getSecurityContact() {
        return securityContact;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
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
