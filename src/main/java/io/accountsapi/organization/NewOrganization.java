package io.accountsapi.organization;

import java.util.Optional;
import java.util.UUID;

/**
 * An organization to create: its label, and optionally its machine name (else derived from the label), type, country,
 * security contact and owner (who can only be its creator). Until the body's check has passed, any of them may hold
 * what the check refuses.
 */
public record NewOrganization(
        String label,
        Optional<String> name,
        Optional<String> type,
        Optional<String> country,
        Optional<String> securityContact,
        Optional<UUID> ownerId) {}
