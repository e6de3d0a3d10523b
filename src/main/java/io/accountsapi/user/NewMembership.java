package io.accountsapi.user;

import java.util.List;
import java.util.Optional;

/**
 * A new member of the caller's organization, a new person of that e-mail; an empty field takes its default (no name
 * or title, active, no labels, the Member role account-wide).
 */
public record NewMembership(
        String email,
        Optional<String> name,
        Optional<String> title,
        Optional<Boolean> active,
        Optional<List<LabelName>> labels,
        Optional<List<RoleChoice>> roles) {

    /** A role the new member is to hold: the role, its tier, and the team or target of that tier (else null). */
    public record RoleChoice(String roleId, String tier, String teamId, String targetId) {}
}
