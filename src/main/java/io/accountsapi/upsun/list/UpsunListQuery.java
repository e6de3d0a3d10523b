package io.accountsapi.upsun.list;

import io.accountsapi.web.ApiException;
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
 * The query of one of Upsun's lists, as its document gives them: filters on the list's fields,
 * {@code filter[field]=value} (equal) or {@code filter[field][operator]=value} with the operators of the field's
 * {@link Kind} (comma-separated values for {@code in}, {@code nin} and {@code between}, whose bounds are included),
 * every filter given applying; {@code page[size]} (1 to 100); {@code sort} (fields, {@code -} inverts); and, on a list
 * that has pages, the cursors {@code page[before]} or {@code page[after]}. Any other parameter, field, operator or value
 * is a 400 that names it, never ignored. {@code given} keeps the parameters, for the links to the pages around.
 */
public record UpsunListQuery<T>(
        List<Condition<T>> conditions,
        Integer pageSize,
        List<String> sort,
        String before,
        String after,
        MultiValueMap<String, String> given) {

    /** The operators of filters, as Upsun's document describes them. */
    public static final Map<String, String> OPERATORS = Map.ofEntries(
            Map.entry("eq", "Equal"),
            Map.entry("ne", "Not equal"),
            Map.entry("in", "In (comma-separated list)"),
            Map.entry("nin", "Not in (comma-separated list)"),
            Map.entry("between", "Between (comma-separated list: two bounds, both included)"),
            Map.entry("contains", "Contains"),
            Map.entry("starts", "Starts with"),
            Map.entry("ends", "Ends with"),
            Map.entry("gt", "Greater than"),
            Map.entry("gte", "Greater than or equal"),
            Map.entry("lt", "Less than"),
            Map.entry("lte", "Less than or equal"));

    /** What a field's filters compare, with which operators: text, the items of a list, or a time. */
    public enum Kind {
        TEXT("StringFilter", List.of("eq", "ne", "in", "nin", "between", "contains", "starts", "ends")),
        LIST("ArrayFilter", List.of("eq", "ne", "in", "nin")),
        TIME("DateTimeFilter", List.of("eq", "ne", "between", "gt", "gte", "lt", "lte"));

        /** The name of its schema in Upsun's document. */
        public final String schema;

        public final List<String> operators;

        Kind(String schema, List<String> operators) {
            this.schema = schema;
            this.operators = operators;
        }
    }

    /** A filterable field: its kind, its value in an item, and the values a filter may name (empty: any). */
    public record Field<T>(Kind kind, Function<T, Object> value, Set<String> values) {

        public static <T> Field<T> text(Function<T, String> value) {
            return new Field<>(Kind.TEXT, value::apply, Set.of());
        }
    }

    /**
     * What a list accepts: its filterable fields, the fields {@code sort} may name and whether several at once, and
     * whether it has pages to reach with cursors.
     */
    public record Parameters<T>(
            Map<String, Field<T>> filters, Set<String> sortable, boolean severalSortFields, boolean cursors) {}

    record Condition<T>(Field<T> field, String operator, String value) {

        boolean matches(T item) {
            var actual = field.value().apply(item);
            var values = values(value);
            return switch (field.kind()) {
                case TEXT -> matchesText((String) actual, values);
                case LIST -> asItemCondition().passes((List<?>) actual);
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

        /** A list field's filter: {@code eq} and {@code in} hold one of the values, {@code ne} and {@code nin} none. */
        private ItemCondition asItemCondition() {
            return new ItemCondition(
                    operator.equals("eq") || operator.equals("in"),
                    operator.equals("eq") || operator.equals("ne") ? List.of(value) : values(value));
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

    public static final String PAGE_SIZE = "page[size]";
    public static final String PAGE_BEFORE = "page[before]";
    public static final String PAGE_AFTER = "page[after]";
    public static final String SORT = "sort";

    private static final Pattern FILTER = Pattern.compile("filter\\[([a-z_]+)](?:\\[([a-z]+)])?");
    private static final Pattern SIZE = Pattern.compile("[1-9][0-9]?|100");

    /** What a list or lookup of this dialect answers to a query parameter it does not take. */
    public static ApiException unknownParameter(String parameter) {
        return ApiException.badRequest("Unknown parameter " + parameter + ".");
    }

    public static <T> UpsunListQuery<T> parse(MultiValueMap<String, String> params, Parameters<T> parameters) {
        List<Condition<T>> conditions = new ArrayList<>();
        params.forEach((parameter, values) -> {
            var filter = FILTER.matcher(parameter);
            if (filter.matches()) {
                values.forEach(value ->
                        conditions.add(condition(parameters, parameter, filter.group(1), filter.group(2), value)));
            } else if (!Set.of(PAGE_SIZE, SORT, PAGE_BEFORE, PAGE_AFTER).contains(parameter)
                    || (!parameters.cursors() && (parameter.equals(PAGE_BEFORE) || parameter.equals(PAGE_AFTER)))) {
                throw unknownParameter(parameter);
            } else if (values.size() > 1) {
                throw ApiException.badRequest("Parameter " + parameter + " given more than once.");
            }
        });
        var size = params.getFirst(PAGE_SIZE);
        require(size == null || SIZE.matcher(size).matches(), PAGE_SIZE, "a number from 1 to 100");
        var sort = params.containsKey(SORT)
                ? Arrays.stream(params.getFirst(SORT).split(",", -1))
                        .map(String::strip)
                        .toList()
                : List.<String>of();
        require(
                (parameters.severalSortFields() || sort.size() <= 1)
                        && sort.stream()
                                .allMatch(field -> parameters.sortable().contains(field.replaceFirst("^-", ""))),
                SORT,
                (parameters.severalSortFields() ? "fields" : "one field") + " of "
                        + String.join(
                                ", ", parameters.sortable().stream().sorted().toList()) + ", - to invert");
        if (params.containsKey(PAGE_BEFORE) && params.containsKey(PAGE_AFTER)) {
            throw ApiException.badRequest("Give page[before] or page[after], not both.");
        }
        return new UpsunListQuery<>(
                List.copyOf(conditions),
                size == null ? null : Integer.valueOf(size),
                sort,
                params.getFirst(PAGE_BEFORE),
                params.getFirst(PAGE_AFTER),
                params);
    }

    /** The filters of list fields, each as a test of the items an item holds (what a database query can run). */
    public List<ItemCondition> itemConditions() {
        return conditions.stream()
                .filter(condition -> condition.field().kind() == Kind.LIST)
                .map(Condition::asItemCondition)
                .toList();
    }

    /** An item passes when it holds one of {@code anyOf}, or, when {@code held} is false, none of them. */
    public record ItemCondition(boolean held, List<String> anyOf) {

        boolean passes(List<?> items) {
            return anyOf.stream().anyMatch(items::contains) == held;
        }
    }

    public boolean matches(T item) {
        return conditions.stream().allMatch(condition -> condition.matches(item));
    }

    private static <T> Condition<T> condition(
            Parameters<T> parameters, String parameter, String fieldName, String givenOperator, String value) {
        var field = parameters.filters().get(fieldName);
        if (field == null) {
            throw ApiException.badRequest("Unknown filter " + parameter + "; the fields are "
                    + String.join(
                            ", ",
                            parameters.filters().keySet().stream().sorted().toList()) + ".");
        }
        var kind = field.kind();
        var operator = givenOperator == null ? "eq" : givenOperator;
        if (!kind.operators.contains(operator)) {
            throw ApiException.badRequest("Unknown operator in " + parameter + "; use one of "
                    + String.join(", ", kind.operators.stream().sorted().toList()) + ".");
        }
        require(!operator.equals("between") || values(value).size() == 2, parameter, "two comma-separated bounds");
        var given = operator.equals("eq") || operator.equals("ne") ? List.of(value) : values(value);
        require(
                field.values().isEmpty() || field.values().containsAll(given),
                parameter,
                "one of " + String.join(", ", field.values().stream().sorted().toList()));
        if (kind == Kind.TIME) {
            try {
                given.forEach(Condition::time);
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("Invalid value of " + parameter + "; expected RFC 3339 date-times.");
            }
        }
        return new Condition<>(field, operator, value);
    }

    /** The comma-separated values of a filter, empty ones included ({@code ","} is two empty values). */
    private static List<String> values(String value) {
        return Arrays.asList(value.split(",", -1));
    }

    private static void require(boolean valid, String parameter, String expected) {
        if (!valid) {
            throw ApiException.badRequest("Invalid value of " + parameter + "; expected " + expected + ".");
        }
    }
}
