package io.accountsapi.probely;

import io.accountsapi.probely.drf.DrfListParameters;
import io.accountsapi.probely.drf.DrfMessages;
import io.accountsapi.user.MembershipSearch;
import io.accountsapi.web.ApiException;
import io.accountsapi.web.ApiProblem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/** A validated {@code GET /users/} request: the domain's search, and the fields to leave out of each user. */
public record UserQuery(MembershipSearch search, Set<String> excludedFields) {

    static final int MAX_IDS = 100;
    /** User fields clients may order by; a leading {@code -} inverts. */
    static final Set<String> ORDERINGS = Set.of("name", "email", "changed");

    /** Reads the query string as DRF and django-filter do: see {@link DrfListParameters}. */
    public static UserQuery from(MultiValueMap<String, String> params) {
        return new UserQuery(
                new MembershipSearch(
                        DrfListParameters.searchWords(params.getFirst("search")),
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
                        DrfListParameters.length(params.getFirst("length"))),
                Set.copyOf(DrfListParameters.ids(params, "exclude", MAX_IDS)));
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
