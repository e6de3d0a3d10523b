package io.accountsapi.probely;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.accountsapi.probely.drf.DrfListParameters;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.data.domain.Page;

/** A page of the organization's user labels, in Probely's list envelope. */
@Schema(name = "UserLabelList")
public record LabelList(
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

        @Schema(requiredMode = REQUIRED) List<UserResponse.LabelResponse> results) {

    /** DRF's page: a page past the last one (other than the first) is not found. */
    static LabelList of(Page<UserResponse.LabelResponse> page, LabelQuery query) {
        DrfListParameters.requireExists(page, query.page());
        return new LabelList(
                page.getTotalElements(),
                DrfListParameters.pageTotal(page.getTotalElements(), query.length()),
                query.page(),
                query.length(),
                page.getContent());
    }
}
