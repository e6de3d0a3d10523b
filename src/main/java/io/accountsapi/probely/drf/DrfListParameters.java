package io.accountsapi.probely.drf;

import io.accountsapi.web.ApiException;
import io.accountsapi.web.ApiProblem;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.util.MultiValueMap;

/**
 * How DRF's paginator, search and ordering filters and django-filter's filters read a list's query string, for every
 * list of this dialect.
 */
public final class DrfListParameters {

    public static final int DEFAULT_LENGTH = 10;
    public static final int MAX_LENGTH = 100;

    private DrfListParameters() {}

    /** Documents DRF's {@code page} and {@code length} on a list operation. */
    @Parameter(
            name = "page",
            in = ParameterIn.QUERY,
            description = "A page number within the paginated result set (first page is 1).",
            schema = @Schema(type = "integer", minimum = "1", defaultValue = "1"))
    @Parameter(
            name = "length",
            in = ParameterIn.QUERY,
            description = "Number of results to return per page (at most " + MAX_LENGTH + ").",
            schema =
                    @Schema(
                            type = "integer",
                            minimum = "1",
                            maximum = "" + MAX_LENGTH,
                            defaultValue = "" + DEFAULT_LENGTH))
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Paginated {}

    /** The page asked for, from 1; anything else is "Invalid page.". */
    public static int page(String page) {
        if (page == null || page.isEmpty()) {
            return 1;
        }
        try {
            var number = Integer.parseInt(page);
            if (number < 1) {
                throw new ApiException(new ApiProblem.InvalidPage());
            }
            return number;
        } catch (NumberFormatException e) {
            throw new ApiException(new ApiProblem.InvalidPage());
        }
    }

    /** The page length asked for, capped at 100; anything unreadable is the default, 10. */
    public static int length(String length) {
        try {
            var number = Integer.parseInt(length);
            return number < 1 ? DEFAULT_LENGTH : Math.min(number, MAX_LENGTH);
        } catch (NumberFormatException e) {
            return DEFAULT_LENGTH;
        }
    }

    /** Django's paginator counts an empty result as one (empty) page. */
    public static long pageTotal(long count, int length) {
        return Math.max(1, (count + length - 1) / length);
    }

    /** A page past the last one, other than the first (which may be empty), is not found, as DRF's paginator says. */
    public static void requireExists(Page<?> page, int number) {
        if (page.isEmpty() && number > 1) {
            throw new ApiException(new ApiProblem.InvalidPage());
        }
    }

    /** The words of a search, which DRF's search filter wants each to match; none when there is no search. */
    public static List<String> searchWords(String search) {
        return search == null || search.isBlank()
                ? List.of()
                : List.of(search.strip().split("\\s+"));
    }

    /**
     * DRF's ordering filter: the first of the comma-separated terms that names one of {@code fields} ({@code -}
     * inverts), else the default field, ascending; unknown terms are dropped.
     */
    public static Sort.Order ordering(String ordering, Set<String> fields, String byDefault) {
        var term = ordering == null
                ? byDefault
                : Arrays.stream(ordering.split(","))
                        .map(String::strip)
                        .filter(candidate -> fields.contains(candidate.replaceFirst("^-", "")))
                        .findFirst()
                        .orElse(byDefault);
        return term.startsWith("-") ? Sort.Order.desc(term.substring(1)) : Sort.Order.asc(term);
    }

    /** django-filter's boolean filter: absent or empty is no filter; DRF's spellings of a boolean, else a 400. */
    public static Boolean bool(MultiValueMap<String, String> params, String name) {
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

    /** A filter by ids, repeated or comma-separated, each once; more than {@code max} is a 400. */
    public static List<String> ids(MultiValueMap<String, String> params, String name, int max) {
        var values = params.getOrDefault(name, List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .distinct()
                .toList();
        if (values.size() > max) {
            throw new ApiException(new ApiProblem.Invalid(Map.of(name, List.of(DrfMessages.maxItems(max)))));
        }
        return values;
    }
}
