package io.accountsapi.user;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Probely's paginated list envelope. */
@Schema(name = "UserList")
public record UserList(
        @Schema(description = "Total number of results.", example = "1") long count,
        @Schema(description = "Total number of pages.", example = "1") long pageTotal,
        @Schema(description = "Number of the current page. The first page is 1.", example = "1") int page,
        @Schema(description = "Number of results returned per page.", example = "10") int length,
        List<UserResponse> results) {
}
