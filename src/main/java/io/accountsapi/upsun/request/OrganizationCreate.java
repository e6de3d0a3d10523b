package io.accountsapi.upsun.request;

import static io.accountsapi.upsun.request.UpsunMessages.INVALID_EMAIL;
import static io.accountsapi.upsun.request.UpsunMessages.NOT_A_CHOICE;
import static io.accountsapi.upsun.request.UpsunMessages.NOT_BLANK;
import static io.accountsapi.upsun.request.UpsunMessages.NOT_VALID;
import static io.accountsapi.upsun.request.UpsunMessages.TOO_LONG;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.accountsapi.organization.NewOrganization;
import io.accountsapi.organization.OrganizationView;
import io.accountsapi.web.PlainText;
import io.accountsapi.web.TextFormats;
import io.accountsapi.web.Uuids;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Body of {@code POST /organizations}: Upsun's fields of a new organization, {@code label} required. A field left out
 * takes a new organization's value: the name derived from the label, type {@code flexible}, no country, no security
 * contact, the caller as owner. Any other field lands in {@link #ignoredFields} and is never applied.
 */
@Schema(name = "OrganizationCreate", description = "A new organization; only label is required.")
public record OrganizationCreate(
        @Schema(
                description = "The human-readable label of the organization.",
                maxLength = 255,
                example = "Example Team",
                requiredMode = REQUIRED)
        @NotBlank(message = NOT_BLANK)
        @PlainText
        @Size(max = 255, message = TOO_LONG)
        String label,

        @Schema(
                description = "A unique machine name representing the organization: lower-case letters, digits and "
                        + "inner dashes. Derived from the label when left out.",
                maxLength = OrganizationView.MAX_NAME,
                pattern = OrganizationView.NAME_PATTERN,
                example = "example-team")
        @Size(max = OrganizationView.MAX_NAME, message = TOO_LONG)
        @Pattern(regexp = OrganizationView.NAME_PATTERN, message = NOT_VALID)
        String name,

        @Schema(
                description = "The type of the organization.",
                allowableValues = {"fixed", "flexible"})
        @Pattern(regexp = "fixed|flexible", message = NOT_A_CHOICE)
        String type,

        @Schema(
                description = "The organization country (2-letter country code), which is its address's.",
                maxLength = 2,
                example = "DE")
        @PlainText
        @CountryCode
        String country,

        @Schema(
                description = "The security contact email address for the organization.",
                format = "email",
                maxLength = 254,
                example = "security@example.com")
        @PlainText
        @Size(max = 254, message = TOO_LONG)
        @Pattern(regexp = TextFormats.EMAIL_OR_EMPTY, message = INVALID_EMAIL)
        String securityContact,

        @Schema(
                description = "ID of the owner: the caller's own UUID, or left out. An organization is owned by the"
                        + " user who creates it.",
                format = "uuid")
        @Pattern(regexp = Uuids.PATTERN, message = NOT_VALID)
        String ownerId,

        @JsonAnySetter @Schema(hidden = true) Map<String, Object> ignoredFields)
        implements UpsunPatch<NewOrganization> {

    public OrganizationCreate {
        label = label == null ? null : label.strip();
        country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        ignoredFields = ignoredFields == null ? new LinkedHashMap<>() : ignoredFields;
    }

    @Override
    public NewOrganization changes() {
        return new NewOrganization(
                label,
                Optional.ofNullable(name),
                Optional.ofNullable(type),
                Optional.ofNullable(country),
                Optional.ofNullable(securityContact),
                Optional.ofNullable(ownerId).flatMap(Uuids::parse));
    }
}
