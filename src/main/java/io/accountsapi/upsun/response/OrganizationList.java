package io.accountsapi.upsun.response;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** {@code GET /organizations}: the caller's organizations. */
@Schema(name = "OrganizationList")
public record OrganizationList(
        @Schema(description = "Total number of items.", example = "1")
        int count,

        List<OrganizationResponse> items,
        @JsonProperty("_links") Links links) {}
