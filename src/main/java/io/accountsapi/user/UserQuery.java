package io.accountsapi.user;

import io.accountsapi.drf.DrfListParameters;
import io.accountsapi.drf.DrfMessages;
import io.accountsapi.web.ApiException;
import io.accountsapi.web.ApiProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.util.MultiValueMap;

/** A validated {@code GET /users/} request: filters, order, page, and the fields to leave out of each user. */
record UserQuery(
        String search,
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
        int length,
        Set<String> excludedFields) {

    static final int MAX_IDS = 100;
    /** User fields clients may order by; a leading {@code -} inverts. */
    static final Set<String> ORDERINGS = Set.of("name", "email", "changed");

    /**
     * Reads the query string as DRF and django-filter do: see {@link DrfListParameters}.
     */
    static UserQuery from(MultiValueMap<String, String> params) {
        return new UserQuery(
                params.getFirst("search"),
                DrfListParameters.bool(params, "active"),
                DrfListParameters.bool(params, "mfa_enabled"),
                DrfListParameters.ids(params, "label", MAX_IDS),
                logicalAnd(params.getFirst("label_logical_operator")),
                DrfListParameters.ids(params, "role", MAX_IDS),
                DrfListParameters.ids(params, "team", MAX_IDS),
                DrfListParameters.ids(params, "target", MAX_IDS),
                DrfListParameters.ids(params, "exclude_team", MAX_IDS),
                DrfListParameters.ids(params, "exclude_target", MAX_IDS),
                DrfListParameters.bool(params, "account"),
                DrfListParameters.bool(params, "no_access"),
                DrfListParameters.ordering(params.getFirst("ordering"), ORDERINGS, "name"),
                DrfListParameters.page(params.getFirst("page")),
                DrfListParameters.length(params.getFirst("length")),
                Set.copyOf(DrfListParameters.ids(params, "exclude", MAX_IDS)));
    }

    /**
     * The organization's users that pass every filter given: each word of the search matches the name or the
     * e-mail; the team and target filters look at the scopes of the user's roles.
     */
    Specification<Membership> specification(String organizationId) {
        var filters = new ArrayList<Specification<Membership>>();
        filters.add(UserFilters.inOrganization(organizationId));
        Arrays.stream(DrfListParameters.searchPatterns(search))
                .map(UserFilters::nameOrEmailMatches)
                .forEach(filters::add);
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

    private static boolean logicalAnd(String operator) {
        if (operator == null || operator.isEmpty() || operator.equals("or")) {
            return false;
        }
        if (operator.equals("and")) {
            return true;
        }
        throw new ApiException(new ApiProblem.Invalid(
                Map.of("label_logical_operator", List.of(DrfMessages.invalidFilterChoice(operator)))));
    }
}
