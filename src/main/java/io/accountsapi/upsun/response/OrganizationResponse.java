package io.accountsapi.upsun.response;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** Upsun's Organization, with the fields this server can fill. */
@Schema(name = "Organization")
public record OrganizationResponse(
        @Schema(description = "The ID of the organization.", format = "ulid", example = "01EY8BWRSQ56EY1TDC32PARAJS")
        String id,

        @Schema(
                description = "The type of the organization.",
                allowableValues = {"fixed", "flexible"},
                example = "flexible")
        String type,

        @Schema(
                description = "The ID of the owner: a user's UUID.",
                format = "uuid",
                example = "0b5d3a4e-6c2f-4b8e-9a1d-2f3c4d5e6f70")
        String ownerId,

        @Schema(description = "The namespace in which the organization name is unique.", example = UpsunMapper.SERVER)
        String namespace,

        @Schema(description = "A unique machine name representing the organization.", example = "example-ltd")
        String name,

        @Schema(description = "The human-readable label of the organization.", example = "Example Ltd")
        String label,

        @Schema(description = "The organization country (2-letter country code).", maxLength = 2, example = "DE")
        String country,

        @ArraySchema(
                uniqueItems = true,
                arraySchema = @Schema(description = "The organization capabilities: none granted here."))
        List<String> capabilities,

        @Schema(description = "The vendor: this server.", example = UpsunMapper.SERVER)
        String vendor,

        @Schema(
                description = "The Billing Profile ID: its profile's.",
                example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
        String billingProfileId,

        @Schema(description = "Whether the account is billed with the legacy system: never here.")
        boolean billingLegacy,

        @Schema(
                description = "The security contact email address for the organization; empty until set.",
                format = "email",
                example = "security@example.com")
        String securityContact,

        @Schema(
                description = "The status of the organization.",
                allowableValues = {"active", "restricted", "suspended", "deleted"},
                example = "active")
        String status,

        @Schema(description = "The date and time when the organization was created.", example = "2023-11-07T05:31:56Z")
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = ProfileResponse.UPSUN_TIME, timezone = "UTC")
        Instant createdAt,

        @Schema(
                description = "The date and time when the organization was last updated.",
                example = "2023-11-07T05:31:56Z")
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = ProfileResponse.UPSUN_TIME, timezone = "UTC")
        Instant updatedAt,

        @JsonProperty("_links") Links links) {}
