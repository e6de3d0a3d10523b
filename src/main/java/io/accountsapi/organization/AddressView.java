package io.accountsapi.organization;

/** An organization's address as the domain answers it, read-only. */
public interface AddressView {

    String getCountry();

    String getNameLine();

    String getPremise();

    String getSubPremise();

    String getThoroughfare();

    String getAdministrativeArea();

    String getSubAdministrativeArea();

    String getLocality();

    String getDependentLocality();

    String getPostalCode();
}
