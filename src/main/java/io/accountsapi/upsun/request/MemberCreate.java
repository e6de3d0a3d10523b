package io.accountsapi.upsun.request;

import static io.accountsapi.upsun.request.UpsunMessages.NOT_A_CHOICE;
import static io.accountsapi.upsun.request.UpsunMessages.NOT_NULL;
import static io.accountsapi.upsun.request.UpsunMessages.NOT_VALID;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.accountsapi.organization.NewMember;
import io.accountsapi.upsun.response.MemberResponse;
import io.accountsapi.web.Uuids;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /organizations/{id}/members}: an existing user, by UUID, and what they may do there (nothing when
 * {@code permissions} is left out). Any other field lands in {@link #ignoredFields} and is never applied.
 */
@Schema(name = "OrganizationMemberCreate")
public record MemberCreate(
        @Schema(
                description = "The ID of the user: any existing user's UUID.",
                format = "uuid",
                example = "0b5d3a4e-6c2f-4b8e-9a1d-2f3c4d5e6f70",
                requiredMode = REQUIRED)
        @NotNull(message = NOT_NULL)
        @Pattern(regexp = Uuids.PATTERN, message = NOT_VALID)
        String userId,

        @ArraySchema(
                schema =
                        @Schema(
                                allowableValues = {
                                    "admin",
                                    "billing",
                                    "members",
                                    "plans",
                                    "projects:create",
                                    "projects:list"
                                }),
                arraySchema =
                        @Schema(description = "The organization member permissions.", example = "[\"projects:list\"]"))
        List<@NotNull(message = NOT_NULL) @Pattern(regexp = MemberResponse.PERMISSION, message = NOT_A_CHOICE) String>
                permissions,

        @JsonAnySetter @Schema(hidden = true) Map<String, Object> ignoredFields)
        implements UpsunPatch<NewMember> {

    public MemberCreate {
        ignoredFields = ignoredFields == null ? new LinkedHashMap<>() : ignoredFields;
    }

    /** Until the body's check has passed, the person may be null and the permissions may leave out what it refuses. */
    @Override
    public NewMember changes() {
        return new NewMember(
                userId == null ? null : Uuids.parse(userId).orElse(null), MemberResponse.permissions(permissions));
    }
}
