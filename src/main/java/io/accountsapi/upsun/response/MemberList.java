package io.accountsapi.upsun.response;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** {@code GET /organizations/{id}/members}: a page of at most 50 members, with links to its neighbours. */
@Schema(name = "OrganizationMemberList")
public record MemberList(
        @Schema(description = "Total number of members.", example = "2", requiredMode = REQUIRED)
        long count,

        @Schema(requiredMode = REQUIRED) List<MemberResponse> items,

        @JsonProperty("_links") @Schema(requiredMode = REQUIRED)
        Links links) {}
