package io.accountsapi.probely;

import io.accountsapi.probely.drf.DrfListParameters;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.util.MultiValueMap;

/** A validated {@code GET /labels/users/} request: search, order and page. */
record LabelQuery(String search, Sort order, int page, int length) {

    /** Label fields clients may order by; a leading {@code -} inverts. */
    static final Set<String> ORDERINGS = Set.of("name", "changed");

    /** Reads the query string as DRF does: see {@link DrfListParameters}. */
    static LabelQuery from(MultiValueMap<String, String> params) {
        return new LabelQuery(
                params.getFirst("search"),
                Sort.by(DrfListParameters.ordering(params.getFirst("ordering"), ORDERINGS, "name")),
                DrfListParameters.page(params.getFirst("page")),
                DrfListParameters.length(params.getFirst("length")));
    }

    List<String> searchWords() {
        return DrfListParameters.searchWords(search);
    }
}
