package io.accountsapi.user;

import java.util.Comparator;

/** Entities to Probely's response records. */
final class UserMapper {

    private UserMapper() {}

    static UserResponse user(Membership user) {
        return new UserResponse(
                user.id(),
                user.email(),
                user.name(),
                user.title(),
                user.billingAdmin(),
                changedBy(user.changedBy()),
                user.changed(),
                user.active(),
                user.labels().stream()
                        .sorted(Comparator.comparing(Label::name))
                        .map(UserMapper::label)
                        .toList(),
                user.roles().stream()
                        .sorted(Comparator.comparing(UserRole::id))
                        .map(UserMapper::role)
                        .toList(),
                user.lastLogin(),
                user.apiUser(),
                user.mfaEnabled());
    }

    static UserResponse.LabelResponse label(Label label) {
        return new UserResponse.LabelResponse(
                label.id(), label.name(), label.color(), changedBy(label.changedBy()), label.changed());
    }

    private static UserResponse.UserRoleResponse role(UserRole role) {
        return new UserResponse.UserRoleResponse(
                new UserResponse.NamedRef(role.role().id(), role.role().name()),
                new UserResponse.Scope(
                        role.tier(),
                        role.team() == null
                                ? null
                                : new UserResponse.NamedRef(
                                        role.team().id(), role.team().name()),
                        role.target() == null
                                ? null
                                : new UserResponse.NamedRef(
                                        role.target().id(), role.target().name())));
    }

    /** Who changed something last; null once that user is gone. */
    private static UserResponse.ChangedBy changedBy(Membership user) {
        return user == null ? null : new UserResponse.ChangedBy(user.id(), user.email(), user.name());
    }
}
