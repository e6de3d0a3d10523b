package io.accountsapi.organization;

/** An organization's address as the domain answers it, read-only. */
public interface AddressView {

    String country();

    String nameLine();

    String premise();

    String subPremise();

    String thoroughfare();

    String administrativeArea();

    String subAdministrativeArea();

    String locality();

    String dependentLocality();

    String postalCode();
}
