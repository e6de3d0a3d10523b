package io.accountsapi.upsun.response;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** Upsun's User ({@code GET /users/me}), with what this server knows of a user. */
@Schema(name = "User")
public record UpsunUserResponse(
        @Schema(
                description = "The ID of the user.",
                example = "0b5d3a4e-6c2f-4b8e-9a1d-2f3c4d5e6f70",
                format = "uuid",
                requiredMode = REQUIRED)
        String id,

        @Schema(description = "Whether the user has been deactivated.", requiredMode = REQUIRED)
        boolean deactivated,

        @Schema(
                description = "The namespace in which the user's username is unique.",
                example = UpsunMapper.SERVER,
                requiredMode = REQUIRED)
        String namespace,

        @Schema(
                description = "The user's username: here, their e-mail address, unique on this server.",
                example = "jsmith@example.com",
                requiredMode = REQUIRED)
        String username,

        @Schema(
                description = "The user's email address.",
                format = "email",
                example = "jsmith@example.com",
                requiredMode = REQUIRED)
        String email,

        @Schema(
                description = "Whether the user's email address has been verified; this server verifies none.",
                requiredMode = REQUIRED)
        boolean emailVerified,

        @Schema(
                description = "The user's first name: their name up to the first space.",
                example = "Jane",
                requiredMode = REQUIRED)
        String firstName,

        @Schema(
                description = "The user's last name: the rest of their name.",
                example = "Smith",
                requiredMode = REQUIRED)
        String lastName,

        @Schema(description = "The user's picture (none here).", format = "uri", example = "", requiredMode = REQUIRED)
        String picture,

        @Schema(
                description = "The user's company: their organization's label.",
                example = "Example Ltd",
                requiredMode = REQUIRED)
        String company,

        @Schema(description = "The user's website (none here).", format = "uri", example = "", requiredMode = REQUIRED)
        String website,

        @Schema(
                description = "The user's country (2-letter country code): their organization's.",
                example = "DE",
                requiredMode = REQUIRED)
        String country,

        @Schema(
                description = "The date and time when the user was created.",
                example = "2023-11-07T05:31:56Z",
                requiredMode = REQUIRED)
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = ProfileResponse.UPSUN_TIME, timezone = "UTC")
        Instant createdAt,

        @Schema(
                description = "The date and time when the user was last updated.",
                example = "2023-11-07T05:31:56Z",
                requiredMode = REQUIRED)
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = ProfileResponse.UPSUN_TIME, timezone = "UTC")
        Instant updatedAt) {}
