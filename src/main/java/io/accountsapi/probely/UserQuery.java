package io.accountsapi.probely;

import io.accountsapi.probely.drf.DrfListParameters;
import io.accountsapi.probely.drf.DrfMessages;
import io.accountsapi.user.MembershipSearch;
import io.accountsapi.web.ApiException;
import io.accountsapi.web.ApiProblem;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/** A validated {@code GET /users/} request: the domain's search, and the fields to leave out of each user. */
public record UserQuery(MembershipSearch search, Set<String> excludedFields) {

    // The query's parameters: read by from(), documented by @Parameters.
    static final String SEARCH = "search";
    static final String ACTIVE = "active";
    static final String MFA_ENABLED = "mfa_enabled";
    static final String LABEL = "label";
    static final String LABEL_LOGICAL_OPERATOR = "label_logical_operator";
    static final String ROLE = "role";
    static final String TEAM = "team";
    static final String TARGET = "target";
    static final String EXCLUDE_TEAM = "exclude_team";
    static final String EXCLUDE_TARGET = "exclude_target";
    static final String ACCOUNT = "account";
    static final String NO_ACCESS = "no_access";
    static final String EXCLUDE = "exclude";
    static final String ORDERING = "ordering";

    static final int MAX_IDS = 100;
    /** User fields clients may order by; a leading {@code -} inverts. */
    static final Set<String> ORDERINGS = Set.of("name", "email", "changed");

    /** Reads the query string as DRF and django-filter do: see {@link DrfListParameters}. */
    public static UserQuery from(MultiValueMap<String, String> params) {
        return new UserQuery(
                new MembershipSearch(
                        DrfListParameters.searchWords(params.getFirst(SEARCH)),
                        DrfListParameters.bool(params, ACTIVE),
                        DrfListParameters.bool(params, MFA_ENABLED),
                        DrfListParameters.ids(params, LABEL, MAX_IDS),
                        logicalAnd(params.getFirst(LABEL_LOGICAL_OPERATOR)),
                        DrfListParameters.ids(params, ROLE, MAX_IDS),
                        DrfListParameters.ids(params, TEAM, MAX_IDS),
                        DrfListParameters.ids(params, TARGET, MAX_IDS),
                        DrfListParameters.ids(params, EXCLUDE_TEAM, MAX_IDS),
                        DrfListParameters.ids(params, EXCLUDE_TARGET, MAX_IDS),
                        DrfListParameters.bool(params, ACCOUNT),
                        DrfListParameters.bool(params, NO_ACCESS),
                        DrfListParameters.ordering(params.getFirst(ORDERING), ORDERINGS, "name"),
                        DrfListParameters.page(params.getFirst("page")),
                        DrfListParameters.length(params.getFirst("length"))),
                Set.copyOf(DrfListParameters.ids(params, EXCLUDE, MAX_IDS)));
    }

    private static boolean logicalAnd(String operator) {
        if (operator == null || operator.isEmpty() || operator.equals("or")) {
            return false;
        }
        if (operator.equals("and")) {
            return true;
        }
        throw new ApiException(new ApiProblem.Invalid(
                Map.of(LABEL_LOGICAL_OPERATOR, List.of(DrfMessages.invalidFilterChoice(operator)))));
    }

    /** Documents the parameters {@link #from} reads, on the handler that takes them. */
    @io.swagger.v3.oas.annotations.Parameters({
        @Parameter(
                name = SEARCH,
                in = ParameterIn.QUERY,
                description = "Words to search for, separated by spaces; each must appear in the name or the "
                        + "email (case-insensitive).",
                schema = @Schema(type = "string")),
        @Parameter(name = ACTIVE, in = ParameterIn.QUERY, schema = @Schema(type = "boolean")),
        @Parameter(name = MFA_ENABLED, in = ParameterIn.QUERY, schema = @Schema(type = "boolean")),
        @Parameter(
                name = LABEL,
                in = ParameterIn.QUERY,
                description = "Users with any of these label ids " + "(all of them with label_logical_operator=and).",
                explode = Explode.TRUE,
                array = @ArraySchema(schema = @Schema(type = "string"))),
        @Parameter(
                name = LABEL_LOGICAL_OPERATOR,
                in = ParameterIn.QUERY,
                description = "Logical operator between user labels.",
                schema =
                        @Schema(
                                allowableValues = {"or", "and"},
                                defaultValue = "or")),
        @Parameter(
                name = ROLE,
                in = ParameterIn.QUERY,
                description = "Users holding any of these role ids.",
                explode = Explode.TRUE,
                array = @ArraySchema(schema = @Schema(type = "string"))),
        @Parameter(
                name = TEAM,
                in = ParameterIn.QUERY,
                description = "Users with a role scoped to any of these team ids.",
                explode = Explode.TRUE,
                array = @ArraySchema(schema = @Schema(type = "string"))),
        @Parameter(
                name = TARGET,
                in = ParameterIn.QUERY,
                description = "Users with a role scoped to any of these target ids.",
                explode = Explode.TRUE,
                array = @ArraySchema(schema = @Schema(type = "string"))),
        @Parameter(
                name = EXCLUDE_TEAM,
                in = ParameterIn.QUERY,
                description = "Users with no role scoped to any of these team ids.",
                explode = Explode.TRUE,
                array = @ArraySchema(schema = @Schema(type = "string"))),
        @Parameter(
                name = EXCLUDE_TARGET,
                in = ParameterIn.QUERY,
                description = "Users with no role scoped to any of these target ids.",
                explode = Explode.TRUE,
                array = @ArraySchema(schema = @Schema(type = "string"))),
        @Parameter(
                name = ACCOUNT,
                in = ParameterIn.QUERY,
                description = "true: users with an account-wide role; false: users without one.",
                schema = @Schema(type = "boolean")),
        @Parameter(
                name = NO_ACCESS,
                in = ParameterIn.QUERY,
                description = "true: users who hold no role at all; false: users who hold one.",
                schema = @Schema(type = "boolean")),
        @Parameter(
                name = EXCLUDE,
                in = ParameterIn.QUERY,
                description = "Fields to exclude from each result (for example labels, user_roles).",
                explode = Explode.TRUE,
                array = @ArraySchema(schema = @Schema(type = "string"))),
        @Parameter(
                name = ORDERING,
                in = ParameterIn.QUERY,
                description = "Which field to use when ordering the results; prefix - to invert.",
                schema = @Schema(allowableValues = {"name", "-name", "email", "-email", "changed", "-changed"}))
    })
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface Parameters {}
}
