package io.accountsapi.user;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of {@code GET /users/} and of the pages of members ({@link UserDirectory#members}), each a
 * {@link Specification} of the users that pass it.
 */
final class UserFilters {

    private UserFilters() {}

    /**
     * The organization's users, each read with who changed it last; the count of a page, which selects no user,
     * fetches nothing. Their people are batch-fetched for the page's rows alone, in one statement: joined here, they
     * would be read for every row the page's offset skips too.
     */
    static Specification<Membership> inOrganization(String organizationId) {
        return (user, query, criteria) -> {
            if (query.getResultType() == Membership.class) {
                user.fetch("changedBy", JoinType.LEFT);
            }
            return criteria.equal(user.get("organizationId"), organizationId);
        };
    }

    /** The organization's active users: its members. */
    static Specification<Membership> activeIn(String organizationId) {
        return (user, query, criteria) -> criteria.and(
                criteria.equal(user.get("organizationId"), organizationId), criteria.isTrue(user.get("active")));
    }

    /** The word appears, in any case, in the person's name or e-mail. */
    static Specification<Membership> nameOrEmailMatches(String word) {
        var pattern = containing(word.toLowerCase(Locale.ROOT));
        return (user, query, criteria) -> criteria.or(
                criteria.like(criteria.lower(person(user).get("name")), pattern, '\\'),
                criteria.like(criteria.lower(person(user).get("email")), pattern, '\\'));
    }

    /** The membership's person, joined once whatever reads it (a search, the order by e-mail, a filter). */
    @SuppressWarnings("unchecked")
    static Join<Membership, Person> person(Root<Membership> user) {
        for (var join : user.getJoins()) {
            if (join.getAttribute().getName().equals("person")) {
                return (Join<Membership, Person>) join;
            }
        }
        return user.join("person");
    }

    /** A LIKE pattern ({@code \} escapes) that matches text containing the word. */
    static String containing(String word) {
        return "%" + word.replaceAll("([\\\\%_])", "\\\\$1") + "%";
    }

    /** The person signs in with a second factor, or does not. */
    static Specification<Membership> mfaEnabled(boolean value) {
        return (user, query, criteria) -> criteria.equal(person(user).get("mfaEnabled"), value);
    }

    /** {@code field} is a boolean attribute of the membership. */
    static Specification<Membership> is(String field, boolean value) {
        return (user, query, criteria) -> criteria.equal(user.get(field), value);
    }

    /** The user has at least {@code atLeast} of these labels. */
    static Specification<Membership> hasLabels(List<String> labelIds, long atLeast) {
        return (user, query, criteria) -> {
            var matching = query.subquery(Long.class);
            var label = matching.correlate(user).join("labels");
            matching.select(criteria.count(label)).where(label.get("id").in(labelIds));
            return criteria.ge(matching, atLeast);
        };
    }

    /** The user holds a role of one of these ids. */
    static Specification<Membership> holdsRole(List<String> roleIds) {
        return holdsRoleWhere((role, criteria) -> role.get("role").get("id").in(roleIds));
    }

    /** The user holds a role scoped to one of these teams ({@code scope} "team") or targets ({@code "target"}). */
    static Specification<Membership> holdsRoleScopedTo(String scope, List<String> ids) {
        return holdsRoleWhere((role, criteria) -> role.get(scope).get("id").in(ids));
    }

    static Specification<Membership> holdsAccountWideRole() {
        return holdsRoleWhere((role, criteria) -> criteria.equal(role.get("tier"), Tier.ACCOUNT.code()));
    }

    /** The member passes every condition on what it may do ({@link Membership#permissions()}). */
    static Specification<Membership> passes(List<PermissionCondition> conditions) {
        return Specification.allOf(conditions.stream()
                .map(condition -> {
                    Specification<Membership> holdsOne = condition.anyOf().isEmpty()
                            ? (user, query, criteria) -> criteria.disjunction()
                            : Specification.anyOf(condition.anyOf().stream()
                                    .map(UserFilters::holds)
                                    .toList());
                    return condition.held() ? holdsOne : Specification.not(holdsOne);
                })
                .toList());
    }

    /** As {@link Membership#permissions()} derives it: an Admin holds billing and members too. */
    private static Specification<Membership> holds(Permission permission) {
        var admin = is("accountAdmin", true);
        return switch (permission) {
            case ADMIN -> admin;
            case BILLING -> admin.or(is("billingAdmin", true));
            case MEMBERS -> admin.or(granted(permission));
            default -> granted(permission);
        };
    }

    /** Kept among the membership's other permissions (stored by name). */
    private static Specification<Membership> granted(Permission permission) {
        // Hibernate's array_position: 0 when absent.
        return (user, query, criteria) -> criteria.gt(
                criteria.function(
                        "array_position",
                        Integer.class,
                        user.get("otherPermissions"),
                        criteria.literal(permission.name())),
                0);
    }

    static Specification<Membership> holdsAnyRole() {
        return holdsRoleWhere((role, criteria) -> criteria.conjunction());
    }

    private static Specification<Membership> holdsRoleWhere(
            BiFunction<Root<UserRole>, CriteriaBuilder, Predicate> condition) {
        return (user, query, criteria) -> {
            var roles = query.subquery(Long.class);
            var role = roles.from(UserRole.class);
            roles.select(role.get("id"))
                    .where(criteria.equal(role.get("membership"), user), condition.apply(role, criteria));
            return criteria.exists(roles);
        };
    }
}
