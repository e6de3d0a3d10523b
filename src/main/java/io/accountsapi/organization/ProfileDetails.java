package io.accountsapi.organization;

import java.time.Instant;
import java.util.Currency;

/**
 * A billing profile as its answers show it: with its organization, address and trial, the currency the organization
 * is billed in (its country's), its owner's e-mail ("" when it has none), and the instant it was read at, which the
 * trial's state depends on.
 */
public record ProfileDetails(
        ProfileView profile,
        OrganizationView organization,
        AddressView address,
        TrialView trial,
        Currency currency,
        String ownerEmail,
        Instant readAt) {}
