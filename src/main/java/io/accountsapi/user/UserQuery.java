package io.accountsapi.user;

import io.accountsapi.drf.DrfBinding;
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
        String orderBy,
        int page,
        int length,
        Set<String> excludedFields) {

    static final int MAX_IDS = 100;
    /** Sort keys clients may name; a leading {@code -} inverts. */
    static final Set<String> ORDERINGS = Set.of("name", "-name", "email", "-email", "changed", "-changed");

    /**
     * Reads the query string as DRF and django-filter do: a bad page is "Invalid page."; a bad length falls back to
     * the default and is capped at 100; unknown ordering terms are dropped.
     */
    static UserQuery from(MultiValueMap<String, String> params) {
        return new UserQuery(
                params.getFirst("search"),
                bool(params, "active"),
                bool(params, "mfa_enabled"),
                ids(params, "label"),
                logicalAnd(params.getFirst("label_logical_operator")),
                ids(params, "role"),
                ids(params, "team"),
                ids(params, "target"),
                ids(params, "exclude_team"),
                ids(params, "exclude_target"),
                bool(params, "account"),
                bool(params, "no_access"),
                ordering(params.getFirst("ordering")),
                DrfListParameters.page(params.getFirst("page")),
                DrfListParameters.length(params.getFirst("length")),
                Set.copyOf(ids(params, "exclude")));
    }

    /**
     * The organization's users that pass every filter given: each word of the search matches the name or the
     * e-mail; the team and target filters look at the scopes of the user's roles.
     */
    Specification<User> specification(String organizationId) {
        var filters = new ArrayList<Specification<User>>();
        filters.add(UserFilters.inOrganization(organizationId));
        Arrays.stream(DrfListParameters.searchPatterns(search))
                .map(UserFilters::nameOrEmailMatches)
                .forEach(filters::add);
        if (active != null) {
            filters.add(UserFilters.is("active", active));
        }
        if (mfaEnabled != null) {
            filters.add(UserFilters.is("mfaEnabled", mfaEnabled));
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
        var descending = orderBy.startsWith("-");
        var field = orderBy.replaceFirst("^-", "");
        var order = new Sort.Order(descending ? Sort.Direction.DESC : Sort.Direction.ASC, field);
        var tieBreak = new Sort.Order(order.getDirection(), "id");
        return PageRequest.of(page - 1, length, Sort.by(field.equals("email") ? order.ignoreCase() : order, tieBreak));
    }

    private static Boolean bool(MultiValueMap<String, String> params, String name) {
        var value = params.getFirst(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        var parsed = DrfBinding.parseBoolean(value);
        if (parsed == null) {
            throw new ApiException(new ApiProblem.Invalid(Map.of(name, List.of(DrfMessages.NOT_A_BOOLEAN))));
        }
        return parsed;
    }

    private static List<String> ids(MultiValueMap<String, String> params, String name) {
        var values = params.getOrDefault(name, List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .distinct()
                .toList();
        if (values.size() > MAX_IDS) {
            throw new ApiException(new ApiProblem.Invalid(Map.of(name, List.of(DrfMessages.maxItems(MAX_IDS)))));
        }
        return values;
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

    private static String ordering(String ordering) {
        if (ordering == null) {
            return "name";
        }
        return Arrays.stream(ordering.split(","))
                .map(String::strip)
                .filter(ORDERINGS::contains)
                .findFirst()
                .orElse("name");
    }
}
