package io.accountsapi.user;

import java.util.Comparator;

/** Entities to the records the domain answers, read while the scope that loaded them is open. */
final class Details {

    private Details() {}

    static MembershipDetails of(Membership membership) {
        return new MembershipDetails(
                membership.id(),
                membership.email(),
                membership.name(),
                membership.title(),
                membership.billingAdmin(),
                changer(membership.changedBy()),
                membership.changed(),
                membership.active(),
                membership.labels().stream()
                        .sorted(Comparator.comparing(Label::name))
                        .map(Details::of)
                        .toList(),
                membership.roles().stream()
                        .sorted(Comparator.comparing(UserRole::id))
                        .map(Details::of)
                        .toList(),
                membership.lastLogin(),
                membership.apiUser(),
                membership.mfaEnabled());
    }

    static LabelDetails of(Label label) {
        return new LabelDetails(label.id(), label.name(), label.color(), changer(label.changedBy()), label.changed());
    }

    private static MembershipDetails.RoleGrant of(UserRole role) {
        return new MembershipDetails.RoleGrant(
                new MembershipDetails.Named(role.role().id(), role.role().name()),
                role.tier(),
                role.team() == null
                        ? null
                        : new MembershipDetails.Named(
                                role.team().id(), role.team().name()),
                role.target() == null
                        ? null
                        : new MembershipDetails.Named(
                                role.target().id(), role.target().name()));
    }

    /** Who changed something last; null once that membership is gone. */
    private static MembershipDetails.Changer changer(ChangeAuthor author) {
        return author == null
                ? null
                : new MembershipDetails.Changer(
                        author.id(), author.person().email(), author.person().name());
    }
}
