package io.accountsapi.user;

import jakarta.persistence.criteria.Expression;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which of the organization's users a list selects (a filter that is null or empty selects everyone), in which order
 * ({@code name}, {@code email} or {@code changed}), and which page of how many.
 */
public record MembershipSearch(
        List<String> searchWords,
        Boolean active,
        Boolean mfaEnabled,
        List<String> labelIds,
        boolean allLabels,
        List<String> roleIds,
        List<String> teamIds,
        List<String> targetIds,
        List<String> excludedTeamIds,
        List<String> excludedTargetIds,
        Boolean account,
        Boolean noAccess,
        Sort.Order order,
        int page,
        int length) {

    /**
     * The organization's users that pass every filter given: each word of the search matches the name or the
     * e-mail; the team and target filters look at the scopes of the user's roles.
     */
    Specification<Membership> specification(String organizationId) {
        var filters = new ArrayList<Specification<Membership>>();
        filters.add(UserFilters.inOrganization(organizationId));
        filters.add(ordered());
        searchWords.stream().map(UserFilters::nameOrEmailMatches).forEach(filters::add);
        if (active != null) {
            filters.add(UserFilters.is("active", active));
        }
        if (mfaEnabled != null) {
            filters.add(UserFilters.mfaEnabled(mfaEnabled));
        }
        if (!labelIds.isEmpty()) {
            filters.add(UserFilters.hasLabels(labelIds, allLabels ? labelIds.size() : 1));
        }
        if (!roleIds.isEmpty()) {
            filters.add(UserFilters.holdsRole(roleIds));
        }
        if (!teamIds.isEmpty()) {
            filters.add(UserFilters.holdsRoleScopedTo("team", teamIds));
        }
        if (!targetIds.isEmpty()) {
            filters.add(UserFilters.holdsRoleScopedTo("target", targetIds));
        }
        if (!excludedTeamIds.isEmpty()) {
            filters.add(Specification.not(UserFilters.holdsRoleScopedTo("team", excludedTeamIds)));
        }
        if (!excludedTargetIds.isEmpty()) {
            filters.add(Specification.not(UserFilters.holdsRoleScopedTo("target", excludedTargetIds)));
        }
        if (account != null) {
            var accountWide = UserFilters.holdsAccountWideRole();
            filters.add(account ? accountWide : Specification.not(accountWide));
        }
        if (noAccess != null) {
            var anyRole = UserFilters.holdsAnyRole();
            filters.add(noAccess ? Specification.not(anyRole) : anyRole);
        }
        return Specification.allOf(filters);
    }

    /** This page; {@link #specification} orders it. */
    Pageable pageable() {
        return PageRequest.of(page - 1, length);
    }

    /**
     * The order asked for (e-mails in any case); the id breaks ties, so that pages never overlap. The name is the
     * membership's indexed copy of its person's; the e-mail is read through the page's one join of the person. A count
     * needs no order.
     */
    private Specification<Membership> ordered() {
        return (user, query, criteria) -> {
            if (query.getResultType() == Membership.class) {
                Expression<?> key = switch (order.getProperty()) {
                    case "changed" -> user.get("changed");
                    case "email" -> criteria.lower(UserFilters.person(user).get("email"));
                    default -> user.get("personName");
                };
                query.orderBy(
                        order.isAscending() ? criteria.asc(key) : criteria.desc(key),
                        order.isAscending() ? criteria.asc(user.get("id")) : criteria.desc(user.get("id")));
            }
            return null;
        };
    }
}
