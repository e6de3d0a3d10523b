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
class Address {

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

    String country() {
        return country;
    }

    String nameLine() {
        return nameLine;
    }

    String premise() {
        return premise;
    }

    String subPremise() {
        return subPremise;
    }

    String thoroughfare() {
        return thoroughfare;
    }

    String administrativeArea() {
        return administrativeArea;
    }

    String subAdministrativeArea() {
        return subAdministrativeArea;
    }

    String locality() {
        return locality;
    }

    String dependentLocality() {
        return dependentLocality;
    }

    String postalCode() {
        return postalCode;
    }

    boolean apply(AddressPatch patch, Instant now) {
        var before = values();
        patch.country().ifPresent(value -> country = value);
        patch.nameLine().ifPresent(value -> nameLine = value);
        patch.premise().ifPresent(value -> premise = value);
        patch.subPremise().ifPresent(value -> subPremise = value);
        patch.thoroughfare().ifPresent(value -> thoroughfare = value);
        patch.administrativeArea().ifPresent(value -> administrativeArea = value);
        patch.subAdministrativeArea().ifPresent(value -> subAdministrativeArea = value);
        patch.locality().ifPresent(value -> locality = value);
        patch.dependentLocality().ifPresent(value -> dependentLocality = value);
        patch.postalCode().ifPresent(value -> postalCode = value);
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
