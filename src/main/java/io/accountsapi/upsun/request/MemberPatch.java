package io.accountsapi.upsun.request;

import static io.accountsapi.upsun.request.UpsunMessages.NOT_A_CHOICE;
import static io.accountsapi.upsun.request.UpsunMessages.NOT_NULL;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.accountsapi.upsun.response.MemberResponse;
import io.accountsapi.user.Permission;
import io.accountsapi.web.PatchBody;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * Body of {@code PATCH /organizations/{id}/members/{user_id}}: the member's permissions, all of them (left out: as they
 * are; {@code null} is refused). Any other field lands in {@link #ignoredFields} and is never applied.
 */
@Schema(name = "OrganizationMemberPatch")
public record MemberPatch(
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
                        @Schema(
                                description = "The organization member permissions: all of them.",
                                example = "[\"projects:list\"]"))
        @NotNull(message = NOT_NULL)
        JsonNullable<
                        List<
                                @NotNull(message = NOT_NULL)
                                @Pattern(regexp = MemberResponse.PERMISSION, message = NOT_A_CHOICE) String>>
                permissions,

        @JsonAnySetter @Schema(hidden = true) Map<String, Object> ignoredFields)
        implements UpsunPatch<Optional<Set<Permission>>> {

    public MemberPatch {
        permissions = permissions == null ? JsonNullable.undefined() : permissions;
        ignoredFields = ignoredFields == null ? new LinkedHashMap<>() : ignoredFields;
    }

    @Override
    public Optional<Set<Permission>> changes() {
        return PatchBody.sent(permissions).map(MemberResponse::permissions);
    }
}
