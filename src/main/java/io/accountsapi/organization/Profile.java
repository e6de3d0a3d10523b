package io.accountsapi.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An organization's billing profile. Unset strings are stored as {@code ""}, as the API shows them. */
@Entity
@Table(name = "profiles")
class Profile {

    @Id
    private UUID id;

    private String organizationId;
    private String companyName = "";
    private String vatNumber = "";
    private String billingContact = "";
    private String defaultCatalog = "";
    private String projectOptionsUrl = "";
    private String picture = "";
    private String companyType = "";
    private String companyRole = "";
    private String websiteUrl = "";
    private String uiColorscheme = "";
    private boolean newUi = true;
    private boolean marketing;
    private boolean invoiced;
    private String customerType = "";
    private String legalEntityName = "";
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private Long version;

    protected Profile() {}

    Profile(String organizationId, Instant now) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String companyName() {
        return companyName;
    }

    String vatNumber() {
        return vatNumber;
    }

    String billingContact() {
        return billingContact;
    }

    String defaultCatalog() {
        return defaultCatalog;
    }

    String projectOptionsUrl() {
        return projectOptionsUrl;
    }

    String picture() {
        return picture;
    }

    String companyType() {
        return companyType;
    }

    String companyRole() {
        return companyRole;
    }

    String websiteUrl() {
        return websiteUrl;
    }

    String uiColorscheme() {
        return uiColorscheme;
    }

    boolean newUi() {
        return newUi;
    }

    boolean marketing() {
        return marketing;
    }

    boolean invoiced() {
        return invoiced;
    }

    String customerType() {
        return customerType;
    }

    String legalEntityName() {
        return legalEntityName;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /** Applies the fields present in the patch; {@code updated_at} moves only when a value really changes. */
    boolean apply(ProfilePatch patch, Instant now) {
        var before = patchableValues();
        patch.companyName().ifPresent(value -> companyName = value);
        patch.vatNumber().ifPresent(value -> vatNumber = value);
        patch.billingContact().ifPresent(value -> billingContact = value);
        patch.defaultCatalog().ifPresent(value -> defaultCatalog = value);
        patch.projectOptionsUrl().ifPresent(value -> projectOptionsUrl = value);
        patch.customerType().ifPresent(value -> customerType = value);
        patch.legalEntityName().ifPresent(value -> legalEntityName = value);
        var changed = !before.equals(patchableValues());
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    private List<String> patchableValues() {
        return List.of(
                companyName,
                vatNumber,
                billingContact,
                defaultCatalog,
                projectOptionsUrl,
                customerType,
                legalEntityName);
    }
}
