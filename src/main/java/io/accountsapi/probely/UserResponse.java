package io.accountsapi.probely;

import static io.swagger.v3.oas.annotations.media.Schema.AccessMode.READ_ONLY;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonFilter;
import com.fasterxml.jackson.annotation.JsonFormat;
import io.accountsapi.probely.drf.ExcludesFields;
import io.accountsapi.user.Tier;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * Probely's User, every field of the seed, each always present (as in Probely's own document, every field is
 * required). Timestamps are DRF's: UTC with microseconds and {@code Z}.
 */
@Schema(name = "User")
@JsonFilter(ExcludesFields.FILTER)
public record UserResponse(
        @Schema(
                description = "A unique Base58 value identifying this object.",
                example = "jMXUw3BEx2vd",
                accessMode = READ_ONLY,
                requiredMode = REQUIRED)
        String id,

        @Schema(
                description = "Email of the user.",
                format = "email",
                example = "jsmith@example.com",
                requiredMode = REQUIRED)
        String email,

        @Schema(
                description = "Name of the user.",
                maxLength = UserFields.MAX_NAME,
                example = "Jane Smith",
                requiredMode = REQUIRED)
        String name,

        @Schema(description = "Job title.", implementation = Title.class, example = "ceo", requiredMode = REQUIRED)
        String title,

        @Schema(
                description = "If true, the user has permissions to manage billing. Read-only.",
                accessMode = READ_ONLY,
                requiredMode = REQUIRED)
        boolean isBillingAdmin,

        @Schema(description = "User who last made changes.", accessMode = READ_ONLY, requiredMode = REQUIRED)
        ChangedBy changedBy,

        @Schema(
                description = "Date and time of the last change, in ISO 8601 UTC format.",
                example = "2024-07-29T15:51:28.071000Z",
                accessMode = READ_ONLY,
                requiredMode = REQUIRED)
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = DRF_TIME, timezone = "UTC")
        Instant changed,

        @Schema(
                description =
                        "If true, the user can authenticate to Probely to interact with apps and the API. If false, "
                                + "the user's access to Probely's apps and API is blocked. Defaults to true.",
                requiredMode = REQUIRED)
        boolean active,

        @Schema(requiredMode = REQUIRED) List<LabelResponse> labels,

        @Schema(description = "Roles of the user.", requiredMode = REQUIRED)
        List<UserRoleResponse> userRoles,

        @Schema(
                description = "Date and time of the last login of the user, in ISO 8601 UTC format.",
                example = "2024-07-29T15:51:28.071000Z",
                types = {"string", "null"},
                accessMode = READ_ONLY,
                requiredMode = REQUIRED)
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = DRF_TIME, timezone = "UTC")
        Instant lastLogin,

        @Schema(
                description = "If true, it is an app that interacts with Probely through the API. If false, it is a "
                        + "human who interacts with Probely through our web interface. Defaults to false.",
                accessMode = READ_ONLY,
                requiredMode = REQUIRED)
        boolean isApiuser,

        @Schema(
                description = "If true, the user has MFA (Multi-Factor Authentication) enabled at login.",
                accessMode = READ_ONLY,
                requiredMode = REQUIRED)
        boolean mfaEnabled) {

    static final String DRF_TIME = "yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'";

    @Schema(name = "ChangedBy", description = "User who last made changes.")
    public record ChangedBy(
            @Schema(
                    description = "A unique Base58 value identifying this object.",
                    example = "jMXUw3BEx2vd",
                    requiredMode = REQUIRED)
            String id,

            @Schema(
                    description = "Email of the user.",
                    maxLength = UserCreate.MAX_EMAIL,
                    example = "jsmith@example.com",
                    requiredMode = REQUIRED)
            String email,

            @Schema(
                    description = "Name of the user.",
                    maxLength = UserFields.MAX_NAME,
                    example = "Jane Smith",
                    requiredMode = REQUIRED)
            String name) {}

    @Schema(name = "Label")
    public record LabelResponse(
            @Schema(
                    description = "A unique Base58 value identifying this object.",
                    example = "Hx7kPq9RtY2m",
                    accessMode = READ_ONLY,
                    requiredMode = REQUIRED)
            String id,

            @Schema(
                    description = "Name of the label. The maximum length is 255 characters.",
                    maxLength = LabelInput.MAX_NAME,
                    example = "backend",
                    requiredMode = REQUIRED)
            String name,

            @Schema(
                    description = "Color of the label, in RGB hexadecimal format prefixed with \"#\". For example, "
                            + "\"#00FF00\" for green.",
                    pattern = LabelInput.COLOR_PATTERN,
                    example = "#00FF00",
                    requiredMode = REQUIRED)
            String color,

            @Schema(accessMode = READ_ONLY, requiredMode = REQUIRED)
            ChangedBy changedBy,

            @Schema(
                    description = "Date and time of the last change, in ISO 8601 UTC format.",
                    example = "2024-07-29T15:51:28.071000Z",
                    accessMode = READ_ONLY,
                    requiredMode = REQUIRED)
            @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = DRF_TIME, timezone = "UTC")
            Instant changed) {}

    @Schema(name = "UserRole")
    public record UserRoleResponse(
            @Schema(requiredMode = REQUIRED) NamedRef role,
            @Schema(requiredMode = REQUIRED) Scope scope) {}

    @Schema(name = "UserRoleScope")
    public record Scope(
            @Schema(implementation = Tier.class, example = "account", requiredMode = REQUIRED)
            String tier,

            @Schema(
                    types = {"object", "null"},
                    requiredMode = REQUIRED)
            NamedRef team,

            @Schema(
                    types = {"object", "null"},
                    requiredMode = REQUIRED)
            NamedRef target) {}

    @Schema(name = "NamedRef")
    public record NamedRef(
            @Schema(
                    description = "A unique Base58 value identifying this object.",
                    minLength = 12,
                    maxLength = 12,
                    example = "AdminRoLe111",
                    requiredMode = REQUIRED)
            String id,

            @Schema(example = "Admin", requiredMode = REQUIRED)
            String name) {}
}
