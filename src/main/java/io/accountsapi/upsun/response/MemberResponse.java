package io.accountsapi.upsun.response;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.accountsapi.user.Permission;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Upsun's organization member: a user of the organization. Members have no id of their own here, so a member's id is
 * its user's UUID. Permissions say what the member may do: {@code admin} is the Admin role account-wide (an Admin also
 * holds {@code billing} and {@code members}), {@code billing} billing admin rights, the others as granted.
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
                schema =
                        @Schema(
                                allowableValues = {
                                    ADMIN,
                                    "billing",
                                    "members",
                                    "plans",
                                    "projects:create",
                                    "projects:list"
                                }),
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
    public static final String VIEWER = "viewer";

    /** Every permission Upsun's document names, by its name there. */
    public static final Set<String> PERMISSIONS =
            Arrays.stream(Permission.values()).map(MemberResponse::permission).collect(Collectors.toUnmodifiableSet());

    /** A permission's name in Upsun's document. */
    public static final String PERMISSION = "admin|billing|members|plans|projects:create|projects:list";

    /** The permissions of those names that Upsun's document knows; null names none. */
    public static Set<Permission> permissions(List<String> names) {
        var permissions = EnumSet.noneOf(Permission.class);
        if (names != null) {
            names.stream()
                    .filter(name -> name != null && PERMISSIONS.contains(name))
                    .map(MemberResponse::permission)
                    .forEach(permissions::add);
        }
        return permissions;
    }

    /** Upsun's name of a permission: the domain's, in lower case, with a colon for its underscore. */
    public static String permission(Permission permission) {
        return permission.name().toLowerCase(Locale.ROOT).replace('_', ':');
    }

    /** The permission of that name in Upsun's document. */
    public static Permission permission(String name) {
        return Permission.valueOf(name.toUpperCase(Locale.ROOT).replace(':', '_'));
    }
}
