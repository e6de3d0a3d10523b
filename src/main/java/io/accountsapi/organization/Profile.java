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
class Profile implements ProfileView {

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

    public UUID getId() {
        return id;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public String getBillingContact() {
        return billingContact;
    }

    public String getDefaultCatalog() {
        return defaultCatalog;
    }

    public String getProjectOptionsUrl() {
        return projectOptionsUrl;
    }

    public String getPicture() {
        return picture;
    }

    public String getCompanyType() {
        return companyType;
    }

    public String getCompanyRole() {
        return companyRole;
    }

    public String getWebsiteUrl() {
        return websiteUrl;
    }

    public String getUiColorscheme() {
        return uiColorscheme;
    }

    public boolean isNewUi() {
        return newUi;
    }

    public boolean isMarketing() {
        return marketing;
    }

    public boolean isInvoiced() {
        return invoiced;
    }

    public String getCustomerType() {
        return customerType;
    }

    public String getLegalEntityName() {
        return legalEntityName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Applies the fields present in the changes; {@code updated_at} moves only when a value really changes. */
    boolean apply(ProfileChanges changes, Instant now) {
        var before = patchableValues();
        changes.companyName().ifPresent(value -> companyName = value);
        changes.vatNumber().ifPresent(value -> vatNumber = value);
        changes.billingContact().ifPresent(value -> billingContact = value);
        changes.defaultCatalog().ifPresent(value -> defaultCatalog = value);
        changes.projectOptionsUrl().ifPresent(value -> projectOptionsUrl = value);
        changes.customerType().ifPresent(value -> customerType = value);
        changes.legalEntityName().ifPresent(value -> legalEntityName = value);
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
