package io.accountsapi.organization;

import io.accountsapi.web.ApiException;
import io.accountsapi.web.ApiProblem;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * The query of Upsun's organizations list, as its document gives it. {@code filter[field]=value} (equal) or
 * {@code filter[field][operator]=value}: text fields take {@code eq}, {@code ne}, {@code in}, {@code nin}
 * (comma-separated values), {@code between} (two comma-separated bounds, both included), {@code contains},
 * {@code starts} and {@code ends}; {@code capabilities}, a list, {@code eq}, {@code ne}, {@code in} and {@code nin} on
 * its items; {@code updated_at} {@code eq}, {@code ne}, {@code between}, {@code gt}, {@code gte}, {@code lt} and
 * {@code lte} with RFC 3339 times. Every filter given applies. {@code page[size]} (1 to 100) and {@code sort} (fields,
 * {@code -} inverts) are accepted as they are: the list holds one organization at most. Any other parameter, field,
 * operator or value is a 400 that names it, never ignored.
 */
record OrganizationFilter(List<Condition> conditions) {

    /** What a field's filters compare: text, the items of a list, or a time. */
    enum Kind {
        TEXT(Set.of("eq", "ne", "in", "nin", "between", "contains", "starts", "ends")),
        LIST(Set.of("eq", "ne", "in", "nin")),
        TIME(Set.of("eq", "ne", "between", "gt", "gte", "lt", "lte"));

        final Set<String> operators;

        Kind(Set<String> operators) {
            this.operators = operators;
        }
    }

    record Field(Kind kind, Function<OrganizationResponse, Object> value) {}

    static final Map<String, Field> FIELDS = Map.of(
            "id", text(OrganizationResponse::id),
            "type", text(OrganizationResponse::type),
            "owner_id", text(OrganizationResponse::ownerId),
            "name", text(OrganizationResponse::name),
            "label", text(OrganizationResponse::label),
            "billing_profile_id", text(OrganizationResponse::billingProfileId),
            "vendor", text(OrganizationResponse::vendor),
            "status", text(OrganizationResponse::status),
            "capabilities", new Field(Kind.LIST, OrganizationResponse::capabilities),
            "updated_at", new Field(Kind.TIME, OrganizationResponse::updatedAt));

    /** What {@code sort} may name besides the filterable fields. */
    private static final Set<String> SORTABLE_TOO = Set.of("created_at", "country");

    private static final Pattern FILTER = Pattern.compile("filter\\[([a-z_]+)](?:\\[([a-z]+)])?");
    private static final Pattern PAGE_SIZE = Pattern.compile("[1-9][0-9]?|100");

    record Condition(String field, String operator, String value) {

        boolean matches(OrganizationResponse organization) {
            var actual = FIELDS.get(field).value().apply(organization);
            var values = Arrays.asList(value.split(","));
            return switch (FIELDS.get(field).kind()) {
                case TEXT -> matchesText((String) actual, values);
                case LIST -> matchesItems((List<?>) actual, values);
                case TIME ->
                    matchesTime(
                            (Instant) actual,
                            values.stream().map(Condition::time).toList());
            };
        }

        private boolean matchesText(String actual, List<String> values) {
            return switch (operator) {
                case "eq" -> actual.equals(value);
                case "ne" -> !actual.equals(value);
                case "in" -> values.contains(actual);
                case "nin" -> !values.contains(actual);
                case "between" -> actual.compareTo(values.get(0)) >= 0 && actual.compareTo(values.get(1)) <= 0;
                case "contains" -> actual.contains(value);
                case "starts" -> actual.startsWith(value);
                default -> actual.endsWith(value);
            };
        }

        private boolean matchesItems(List<?> items, List<String> values) {
            return switch (operator) {
                case "eq" -> items.contains(value);
                case "ne" -> !items.contains(value);
                case "in" -> values.stream().anyMatch(items::contains);
                default -> values.stream().noneMatch(items::contains);
            };
        }

        /** At the precision clients see: whole seconds. */
        private boolean matchesTime(Instant shown, List<Instant> times) {
            var actual = shown.truncatedTo(ChronoUnit.SECONDS);
            return switch (operator) {
                case "eq" -> actual.equals(times.getFirst());
                case "ne" -> !actual.equals(times.getFirst());
                case "between" -> !actual.isBefore(times.get(0)) && !actual.isAfter(times.get(1));
                case "gt" -> actual.isAfter(times.getFirst());
                case "gte" -> !actual.isBefore(times.getFirst());
                case "lt" -> actual.isBefore(times.getFirst());
                default -> !actual.isAfter(times.getFirst());
            };
        }

        private static Instant time(String text) {
            return OffsetDateTime.parse(text.strip()).toInstant();
        }
    }

    static OrganizationFilter from(MultiValueMap<String, String> params) {
        List<Condition> conditions = new ArrayList<>();
        params.forEach((parameter, values) -> {
            var filter = FILTER.matcher(parameter);
            if (filter.matches()) {
                values.forEach(value -> conditions.add(condition(parameter, filter.group(1), filter.group(2), value)));
            } else if (parameter.equals("page[size]")) {
                values.forEach(
                        value -> require(PAGE_SIZE.matcher(value).matches(), parameter, "a number from 1 to 100"));
            } else if (parameter.equals("sort")) {
                values.forEach(value -> Arrays.stream(value.split(","))
                        .map(field -> field.strip().replaceFirst("^-", ""))
                        .forEach(field -> require(
                                FIELDS.containsKey(field) || SORTABLE_TOO.contains(field),
                                parameter,
                                "fields of the organization, - to invert")));
            } else {
                throw badRequest("Unknown parameter " + parameter + ".");
            }
        });
        return new OrganizationFilter(List.copyOf(conditions));
    }

    boolean matches(OrganizationResponse organization) {
        return conditions.stream().allMatch(condition -> condition.matches(organization));
    }

    private static Condition condition(String parameter, String field, String givenOperator, String value) {
        if (!FIELDS.containsKey(field)) {
            throw badRequest("Unknown filter " + parameter + "; the fields are "
                    + String.join(", ", FIELDS.keySet().stream().sorted().toList()) + ".");
        }
        var kind = FIELDS.get(field).kind();
        var operator = givenOperator == null ? "eq" : givenOperator;
        if (!kind.operators.contains(operator)) {
            throw badRequest("Unknown operator in " + parameter + "; use one of "
                    + String.join(", ", kind.operators.stream().sorted().toList()) + ".");
        }
        var condition = new Condition(field, operator, value);
        var bounds = value.split(",", -1).length;
        require(!operator.equals("between") || bounds == 2, parameter, "two comma-separated bounds");
        if (kind == Kind.TIME) {
            try {
                Arrays.stream(value.split(",")).forEach(Condition::time);
            } catch (DateTimeParseException e) {
                throw badRequest("Invalid value of " + parameter + "; expected RFC 3339 date-times.");
            }
        }
        return condition;
    }

    private static void require(boolean valid, String parameter, String expected) {
        if (!valid) {
            throw badRequest("Invalid value of " + parameter + "; expected " + expected + ".");
        }
    }

    private static ApiException badRequest(String reason) {
        return new ApiException(new ApiProblem.BadRequest(reason));
    }

    private static Field text(Function<OrganizationResponse, String> value) {
        return new Field(Kind.TEXT, value::apply);
    }
}
