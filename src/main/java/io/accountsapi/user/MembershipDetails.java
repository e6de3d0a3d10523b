package io.accountsapi.user;

import java.time.Instant;
import java.util.List;

/**
 * A membership as the domain answers it: the person's e-mail and name, and what they are in this organization (title,
 * billing admin, active, labels by name, role grants in the order given), who changed it last and when.
 */
public record MembershipDetails(
        String id,
        String email,
        String name,
        String title,
        boolean billingAdmin,
        Changer changedBy,
        Instant changed,
        boolean active,
        List<LabelDetails> labels,
        List<RoleGrant> roles,
        Instant lastLogin,
        boolean apiUser,
        boolean mfaEnabled) {

    /** Who changed something last: a membership of the organization, with its person's e-mail and name. */
    public record Changer(String id, String email, String name) {}

    /** A role held at a tier: account-wide, or for one team or one target of the organization (null otherwise). */
    public record RoleGrant(Named role, String tier, Named team, Named target) {}

    /** A role, team or target: its id and name. */
    public record Named(String id, String name) {}
}
