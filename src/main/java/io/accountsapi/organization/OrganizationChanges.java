package io.accountsapi.organization;

import java.util.Optional;

/** The organization's fields to change, its address's country among them; an empty one is left as it is. */
public record OrganizationChanges(
        Optional<String> name, Optional<String> label, Optional<String> country, Optional<String> securityContact) {}
