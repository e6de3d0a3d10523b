package io.accountsapi.organization;

import java.util.UUID;

/**
 * An organization as its answers show it: with its address's country, its profile's id, and its owner's UUID (null
 * when it has none).
 */
public record OrganizationDetails(OrganizationView organization, String country, UUID profileId, UUID ownerId) {}
