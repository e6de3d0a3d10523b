package io.accountsapi.upsun.response;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/** Upsun's UserReference: what a resource that refers to users shows of them, through {@code /ref/users}. */
@Schema(name = "UserReference", description = "The referenced user, or null if there is no such user.")
public record UserReference(
        @Schema(
                description = "The ID of the user.",
                example = "0b5d3a4e-6c2f-4b8e-9a1d-2f3c4d5e6f70",
                format = "uuid",
                requiredMode = REQUIRED)
        String id,

        @Schema(description = "The user's username: here, their e-mail address.", requiredMode = REQUIRED)
        String username,

        @Schema(description = "The user's email address.", format = "email", requiredMode = REQUIRED)
        String email,

        @Schema(description = "The user's first name: their name up to the first space.", requiredMode = REQUIRED)
        String firstName,

        @Schema(description = "The user's last name: the rest of their name.", requiredMode = REQUIRED)
        String lastName,

        @Schema(description = "The user's picture (none here).", format = "uri", example = "", requiredMode = REQUIRED)
        String picture,

        @Schema(description = "Whether the user has enabled MFA.", requiredMode = REQUIRED)
        boolean mfaEnabled,

        @Schema(
                description = "Whether the user is linked to a mandatory SSO provider: none here.",
                requiredMode = REQUIRED)
        boolean ssoEnabled) {}
