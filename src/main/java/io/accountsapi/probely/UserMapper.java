package io.accountsapi.probely;

import io.accountsapi.user.LabelDetails;
import io.accountsapi.user.MembershipDetails;

/** The domain's records to Probely's response records. */
final class UserMapper {

    private UserMapper() {}

    static UserResponse user(MembershipDetails user) {
        return new UserResponse(
                user.id(),
                user.email(),
                user.name(),
                user.title(),
                user.billingAdmin(),
                changedBy(user.changedBy()),
                user.changed(),
                user.active(),
                user.labels().stream().map(UserMapper::label).toList(),
                user.roles().stream().map(UserMapper::role).toList(),
                user.lastLogin(),
                user.apiUser(),
                user.mfaEnabled());
    }

    static UserResponse.LabelResponse label(LabelDetails label) {
        return new UserResponse.LabelResponse(
                label.id(), label.name(), label.color(), changedBy(label.changedBy()), label.changed());
    }

    private static UserResponse.UserRoleResponse role(MembershipDetails.RoleGrant role) {
        return new UserResponse.UserRoleResponse(
                named(role.role()), new UserResponse.Scope(role.tier(), named(role.team()), named(role.target())));
    }

    private static UserResponse.NamedRef named(MembershipDetails.Named named) {
        return named == null ? null : new UserResponse.NamedRef(named.id(), named.name());
    }

    private static UserResponse.ChangedBy changedBy(MembershipDetails.Changer changer) {
        return changer == null ? null : new UserResponse.ChangedBy(changer.id(), changer.email(), changer.name());
    }
}
