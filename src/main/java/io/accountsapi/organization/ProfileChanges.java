package io.accountsapi.organization;

import java.util.Optional;

/** The profile fields to change; an empty one is left as it is. */
public record ProfileChanges(
        Optional<String> defaultCatalog,
        Optional<String> projectOptionsUrl,
        Optional<String> companyName,
        Optional<String> vatNumber,
        Optional<String> billingContact,
        Optional<String> customerType,
        Optional<String> legalEntityName) {}
