package io.accountsapi.organization;

import java.util.Optional;

/** The address fields to change; an empty one is left as it is. */
public record AddressChanges(
        Optional<String> country,
        Optional<String> nameLine,
        Optional<String> premise,
        Optional<String> subPremise,
        Optional<String> thoroughfare,
        Optional<String> administrativeArea,
        Optional<String> subAdministrativeArea,
        Optional<String> locality,
        Optional<String> dependentLocality,
        Optional<String> postalCode) {}
