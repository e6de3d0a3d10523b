package io.accountsapi.user;

import io.accountsapi.user.roles.Role;
import io.accountsapi.user.roles.Target;
import io.accountsapi.user.roles.Team;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A role a user holds at a tier: account-wide, or for one team or one target of the organization. */
@Entity
@Table(name = "user_roles")
class UserRole {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    private Membership membership;
    // A user role is never shown without its role: it is joined wherever it is read.
    @ManyToOne
    private Role role;

    private String tier;

    /** Only team and target roles have one, so it is loaded (in one batch) when there is. */
    @ManyToOne(fetch = FetchType.LAZY)
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    private Target target;

    protected UserRole() {}

    UserRole(Membership membership, Role role, String tier, Team team, Target target) {
        this.membership = membership;
        this.role = role;
        this.tier = tier;
        this.team = team;
        this.target = target;
    }

    Long id() {
        return id;
    }

    Role role() {
        return role;
    }

    String tier() {
        return tier;
    }

    /** The team of a team-tier role; null otherwise. */
    Team team() {
        return team;
    }

    /** The target of a target-tier role; null otherwise. */
    Target target() {
        return target;
    }
}
