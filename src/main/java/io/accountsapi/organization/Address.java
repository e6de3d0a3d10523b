package io.accountsapi.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/** An organization's billing address; its country decides the billing currency. */
@Entity
@Table(name = "addresses")
class Address implements AddressView {

    @Id
    private String organizationId;

    private String country = "";
    private String nameLine = "";
    private String premise = "";
    private String subPremise = "";
    private String thoroughfare = "";
    private String administrativeArea = "";
    private String subAdministrativeArea = "";
    private String locality = "";
    private String dependentLocality = "";
    private String postalCode = "";
    private Instant updatedAt;

    @Version
    private Long version;

    protected Address() {}

    Address(String organizationId, Instant now) {
        this.organizationId = organizationId;
        this.updatedAt = now;
    }

    public String getCountry() {
        return country;
    }

    public String getNameLine() {
        return nameLine;
    }

    public String getPremise() {
        return premise;
    }

    public String getSubPremise() {
        return subPremise;
    }

    public String getThoroughfare() {
        return thoroughfare;
    }

    public String getAdministrativeArea() {
        return administrativeArea;
    }

    public String getSubAdministrativeArea() {
        return subAdministrativeArea;
    }

    public String getLocality() {
        return locality;
    }

    public String getDependentLocality() {
        return dependentLocality;
    }

    public String getPostalCode() {
        return postalCode;
    }

    boolean apply(AddressChanges changes, Instant now) {
        var before = values();
        changes.country().ifPresent(value -> country = value);
        changes.nameLine().ifPresent(value -> nameLine = value);
        changes.premise().ifPresent(value -> premise = value);
        changes.subPremise().ifPresent(value -> subPremise = value);
        changes.thoroughfare().ifPresent(value -> thoroughfare = value);
        changes.administrativeArea().ifPresent(value -> administrativeArea = value);
        changes.subAdministrativeArea().ifPresent(value -> subAdministrativeArea = value);
        changes.locality().ifPresent(value -> locality = value);
        changes.dependentLocality().ifPresent(value -> dependentLocality = value);
        changes.postalCode().ifPresent(value -> postalCode = value);
        var changed = !before.equals(values());
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    /** The country an organization's PATCH sets. */
    void changeCountry(String newCountry, Instant now) {
        if (!country.equals(newCountry)) {
            country = newCountry;
            updatedAt = now;
        }
    }

    private List<String> values() {
        return List.of(
                country,
                nameLine,
                premise,
                subPremise,
                thoroughfare,
                administrativeArea,
                subAdministrativeArea,
                locality,
                dependentLocality,
                postalCode);
    }
}
