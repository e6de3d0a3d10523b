package io.accountsapi.user;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A role held by a user at a scope: the whole account, one team or one target. */
@Entity
@Table(name = "user_roles")
class UserRole {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String userId;
    private String roleId;
    private String tier;
    private String teamId;
    private String targetId;

    protected UserRole() {
    }

    static UserRole accountWide(String userId, String roleId) {
        return of(userId, new UserChanges.RoleInput(roleId, "account", null, null));
    }

    static UserRole of(String userId, UserChanges.RoleInput input) {
        var userRole = new UserRole();
        userRole.userId = userId;
        userRole.roleId = input.roleId();
        userRole.tier = input.tier();
        userRole.teamId = input.teamId();
        userRole.targetId = input.targetId();
        return userRole;
    }
}
