package io.accountsapi.drf;

import io.accountsapi.web.ApiException;
import io.accountsapi.web.ApiProblem;
import java.util.Arrays;

/** How DRF's paginator and search filter read a list's query string, for every list of this dialect. */
public final class DrfListParameters {

    public static final int DEFAULT_LENGTH = 10;
    public static final int MAX_LENGTH = 100;

    private DrfListParameters() {}

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

    /**
     * One LIKE pattern (escape character {@code \}) per word of the search, each matching its word anywhere: DRF's
     * search filter wants every word to match. None when there is no search.
     */
    public static String[] searchPatterns(String search) {
        return search == null || search.isBlank()
                ? new String[0]
                : Arrays.stream(search.strip().split("\\s+"))
                        .map(term -> "%" + term.replaceAll("([\\\\%_])", "\\\\$1") + "%")
                        .toArray(String[]::new);
    }
}
