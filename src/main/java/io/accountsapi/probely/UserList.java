package io.accountsapi.probely;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.accountsapi.probely.drf.DrfListParameters;
import io.accountsapi.probely.drf.ExcludesFields;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;

/** Probely's paginated list envelope; each result leaves out the fields the client asked to exclude. */
@Schema(name = "UserList")
public record UserList(
        @Schema(description = "Total number of results.", example = "1", requiredMode = REQUIRED)
        long count,

        @Schema(description = "Total number of pages.", example = "1", requiredMode = REQUIRED)
        long pageTotal,

        @Schema(
                description = "Number of the current page. The first page is 1.",
                example = "1",
                requiredMode = REQUIRED)
        int page,

        @Schema(description = "Number of results returned per page.", example = "10", requiredMode = REQUIRED)
        int length,

        @Schema(requiredMode = REQUIRED) List<UserResponse> results,
        @JsonIgnore @Schema(hidden = true) Set<String> excludedFields)
        implements ExcludesFields {

    /** DRF's page: a page past the last one (other than the first) is not found. */
    static UserList of(Page<UserResponse> page, UserQuery query) {
        var search = query.search();
        DrfListParameters.requireExists(page, search.page());
        return new UserList(
                page.getTotalElements(),
                DrfListParameters.pageTotal(page.getTotalElements(), search.length()),
                search.page(),
                search.length(),
                page.getContent(),
                query.excludedFields());
    }
}
