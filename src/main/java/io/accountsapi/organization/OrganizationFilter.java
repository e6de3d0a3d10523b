package io.accountsapi.organization;

import io.accountsapi.web.ApiException;
import io.accountsapi.web.ApiProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * Upsun's filters of the organizations list: {@code filter[field]=value} (equal), or {@code filter[field][operator]=value}
 * with {@code eq}, {@code ne}, {@code in} and {@code nin} (comma-separated values), {@code contains}, {@code starts}
 * or {@code ends}, on {@code id}, {@code owner_id}, {@code name} and {@code label}. Every filter given applies;
 * other fields are not filtered by; an unknown operator is a 400.
 */
record OrganizationFilter(List<Condition> conditions) {

    static final Map<String, Function<OrganizationResponse, String>> FIELDS = Map.of(
            "id", OrganizationResponse::id,
            "owner_id", OrganizationResponse::ownerId,
            "name", OrganizationResponse::name,
            "label", OrganizationResponse::label);
    static final Set<String> OPERATORS = Set.of("eq", "ne", "in", "nin", "contains", "starts", "ends");
    private static final Pattern PARAMETER = Pattern.compile("filter\\[([a-z_]+)](?:\\[([a-z]+)])?");

    record Condition(String field, String operator, String value) {

        boolean matches(OrganizationResponse organization) {
            var actual = FIELDS.get(field).apply(organization);
            var values = Arrays.asList(value.split(","));
            return switch (operator) {
                case "eq" -> actual.equals(value);
                case "ne" -> !actual.equals(value);
                case "in" -> values.contains(actual);
                case "nin" -> !values.contains(actual);
                case "contains" -> actual.contains(value);
                case "starts" -> actual.startsWith(value);
                default -> actual.endsWith(value);
            };
        }
    }

    static OrganizationFilter from(MultiValueMap<String, String> params) {
        List<Condition> conditions = new ArrayList<>();
        params.forEach((parameter, values) -> {
            var matcher = PARAMETER.matcher(parameter);
            if (!matcher.matches() || !FIELDS.containsKey(matcher.group(1))) {
                return;
            }
            var operator = matcher.group(2) == null ? "eq" : matcher.group(2);
            if (!OPERATORS.contains(operator)) {
                throw new ApiException(new ApiProblem.BadRequest(
                        "Unknown operator in " + parameter + "; use one of eq, ne, in, nin, contains, starts, ends."));
            }
            values.forEach(value -> conditions.add(new Condition(matcher.group(1), operator, value)));
        });
        return new OrganizationFilter(List.copyOf(conditions));
    }

    boolean matches(OrganizationResponse organization) {
        return conditions.stream().allMatch(condition -> condition.matches(organization));
    }
}
