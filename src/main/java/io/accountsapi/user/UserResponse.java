package io.accountsapi.user;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** Probely's User, every field of the seed. Timestamps are DRF's: UTC with microseconds and {@code Z}. */
@Schema(name = "User")
public record UserResponse(
        @Schema(description = "A unique Base58 value identifying this object.", example = "jMXUw3BEx2vd") String id,
        @Schema(description = "Email of the user.", format = "email", example = "jsmith@example.com") String email,
        @Schema(description = "Name of the user.", maxLength = UserFields.MAX_NAME, example = "Jane Smith") String name,
        @Schema(description = "Job title.", implementation = Title.class, example = "ceo") String title,
        @Schema(description = "If true, the user has permissions to manage billing. Read-only.") boolean isBillingAdmin,
        @Schema(description = "User who last made changes.", requiredMode = Schema.RequiredMode.REQUIRED) ChangedBy changedBy,
        @Schema(description = "Date and time of the last change, in ISO 8601 UTC format.",
                example = "2024-07-29T15:51:28.071000Z")
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = DRF_TIME, timezone = "UTC") Instant changed,
        @Schema(description = "If true, the user can authenticate to Probely to interact with apps and the API. If false, "
                + "the user's access to Probely's apps and API is blocked. Defaults to true.") boolean active,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<LabelResponse> labels,
        @Schema(description = "Roles of the user.") List<UserRoleResponse> userRoles,
        @Schema(description = "Date and time of the last login of the user, in ISO 8601 UTC format.",
                example = "2024-07-29T15:51:28.071000Z", types = {"string", "null"})
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = DRF_TIME, timezone = "UTC") Instant lastLogin,
        @Schema(description = "If true, it is an app that interacts with Probely through the API. If false, it is a "
                + "human who interacts with Probely through our web interface. Defaults to false.") boolean isApiuser,
        @Schema(description = "If true, the user has MFA (Multi-Factor Authentication) enabled at login.")
        boolean mfaEnabled) {

    static final String DRF_TIME = "yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'";

    @Schema(name = "ChangedBy", description = "User who last made changes.")
    public record ChangedBy(
            @Schema(description = "A unique Base58 value identifying this object.", example = "jMXUw3BEx2vd") String id,
            @Schema(description = "Email of the user.", maxLength = UserCreate.MAX_EMAIL, example = "jsmith@example.com")
            String email,
            @Schema(description = "Name of the user.", maxLength = UserFields.MAX_NAME, example = "Jane Smith") String name) {
    }

    @Schema(name = "Label")
    public record LabelResponse(
            @Schema(description = "A unique Base58 value identifying this object.", example = "Hx7kPq9RtY2m") String id,
            @Schema(description = "Name of the label. The maximum length is 255 characters.", maxLength = LabelInput.MAX_NAME,
                    example = "backend") String name,
            @Schema(description = "Color of the label, in RGB hexadecimal format prefixed with \"#\". For example, "
                    + "\"#00FF00\" for green.", pattern = LabelInput.COLOR_PATTERN, example = "#00FF00") String color,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ChangedBy changedBy,
            @Schema(description = "Date and time of the last change, in ISO 8601 UTC format.",
                    example = "2024-07-29T15:51:28.071000Z")
            @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = DRF_TIME, timezone = "UTC") Instant changed) {
    }

    @Schema(name = "UserRole")
    public record UserRoleResponse(NamedRef role, Scope scope) {
    }

    @Schema(name = "UserRoleScope")
    public record Scope(
            @Schema(implementation = Tier.class, example = "account") String tier,
            @Schema(types = {"object", "null"}) NamedRef team,
            @Schema(types = {"object", "null"}) NamedRef target) {
    }

    @Schema(name = "NamedRef")
    public record NamedRef(
            @Schema(description = "A unique Base58 value identifying this object.", minLength = 12, maxLength = 12,
                    example = "AdminRoLe111") String id,
            @Schema(example = "Admin") String name) {
    }
}
