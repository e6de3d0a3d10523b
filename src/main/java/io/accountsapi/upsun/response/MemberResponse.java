package io.accountsapi.upsun.response;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsapi.user.MemberAccess;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Upsun's organization member: a user of the organization. Members have no id of their own here, so a member's id is
 * its user's UUID. Permissions say what the member may do on this server: an Admin {@code admin}, {@code billing} and
 * {@code members}; a billing admin {@code billing}; any other member none.
 */
@Schema(name = "OrganizationMember")
public record MemberResponse(
        @Schema(
                description = "The ID of the member: its user's.",
                example = "0b5d3a4e-6c2f-4b8e-9a1d-2f3c4d5e6f70",
                format = "uuid",
                requiredMode = REQUIRED)
        String id,

        @Schema(
                description = "The ID of the organization.",
                format = "ulid",
                example = "01EY8BWRSQ56EY1TDC32PARAJS",
                requiredMode = REQUIRED)
        String organizationId,

        @Schema(
                description = "The ID of the user.",
                example = "0b5d3a4e-6c2f-4b8e-9a1d-2f3c4d5e6f70",
                format = "uuid",
                requiredMode = REQUIRED)
        String userId,

        @ArraySchema(
                schema = @Schema(allowableValues = {ADMIN, BILLING, MEMBERS}),
                arraySchema = @Schema(description = "What the member may do.", requiredMode = REQUIRED))
        List<String> permissions,

        @Schema(
                description = "Access level of the member: admin for an Admin, else viewer.",
                allowableValues = {ADMIN, VIEWER},
                requiredMode = REQUIRED)
        String level,

        @Schema(description = "Whether the member is the organization owner.", requiredMode = REQUIRED)
        boolean owner,

        @Schema(
                description = "The date and time when the member was created.",
                example = "2023-11-07T05:31:56Z",
                requiredMode = REQUIRED)
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = ProfileResponse.UPSUN_TIME, timezone = "UTC")
        Instant createdAt,

        @Schema(
                description = "The date and time when the member was last updated.",
                example = "2023-11-07T05:31:56Z",
                requiredMode = REQUIRED)
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = ProfileResponse.UPSUN_TIME, timezone = "UTC")
        Instant updatedAt,

        @JsonProperty("_links") @Schema(requiredMode = REQUIRED)
        Links links) {

    public static final String ADMIN = "admin";
    static final String BILLING = "billing";
    static final String MEMBERS = "members";
    public static final String VIEWER = "viewer";

    /** Every permission Upsun's document names; the others are granted to no one here. */
    public static final Set<String> PERMISSIONS =
            Set.of(ADMIN, BILLING, MEMBERS, "plans", "projects:create", "projects:list");

    public static List<String> permissions(MemberAccess access) {
        return switch (access) {
            case ADMIN -> List.of(ADMIN, BILLING, MEMBERS);
            case BILLING_ADMIN -> List.of(BILLING);
            case MEMBER -> List.of();
        };
    }
}
