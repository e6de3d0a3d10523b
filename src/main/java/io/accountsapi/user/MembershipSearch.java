package io.accountsapi.user;

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

    /** This page, in the order asked for (e-mails in any case); the id breaks ties, so that pages never overlap. */
    Pageable pageable() {
        var tieBreak = new Sort.Order(order.getDirection(), "id");
        var byEmail = order.getProperty().equals("email");
        // The name and e-mail are the person's, the rest the membership's.
        var attribute =
                order.getProperty().equals("changed") ? order : order.withProperty("person." + order.getProperty());
        return PageRequest.of(page - 1, length, Sort.by(byEmail ? attribute.ignoreCase() : attribute, tieBreak));
    }
}
