package io.accountsapi.user;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

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

        @Schema(requiredMode = REQUIRED) List<UserResponse.LabelResponse> results) {}
