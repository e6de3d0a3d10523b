package io.accountsapi.upsun.request;

import static io.accountsapi.upsun.request.UpsunMessages.INVALID_EMAIL;
import static io.accountsapi.upsun.request.UpsunMessages.NOT_BLANK;
import static io.accountsapi.upsun.request.UpsunMessages.NOT_NULL;
import static io.accountsapi.upsun.request.UpsunMessages.NOT_VALID;
import static io.accountsapi.upsun.request.UpsunMessages.TOO_LONG;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.accountsapi.organization.OrganizationChanges;
import io.accountsapi.organization.OrganizationView;
import io.accountsapi.web.PatchBody;
import io.accountsapi.web.PlainText;
import io.accountsapi.web.TextFormats;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * Body of {@code PATCH /organizations/{id}}: what Upsun lets a client change of an organization. Omitted fields are
 * left as they are and {@code null} is refused; the country is the address's (an empty string clears it, as it clears
 * the security contact). Any other
 * field lands in {@link #ignoredFields} and is never applied.
 */
@Schema(name = "OrganizationPatch", description = "The organization fields to change; all optional.")
public record OrganizationPatch(
        @Schema(
                description = "A unique machine name representing the organization: lower-case letters, digits and "
                        + "inner dashes.",
                maxLength = OrganizationView.MAX_NAME,
                pattern = OrganizationView.NAME_PATTERN,
                example = "example-ltd",
                types = "string")
        @NotNull(message = NOT_NULL)
        @Size(max = OrganizationView.MAX_NAME, message = TOO_LONG)
        @Pattern(regexp = OrganizationView.NAME_PATTERN, message = NOT_VALID)
        JsonNullable<String> name,

        @Schema(
                description = "The human-readable label of the organization.",
                maxLength = 255,
                example = "Example Ltd",
                types = "string")
        @NotNull(message = NOT_NULL)
        @NotBlank(message = NOT_BLANK)
        @PlainText
        @Size(max = 255, message = TOO_LONG)
        JsonNullable<String> label,

        @Schema(
                description = "The organization country (2-letter country code), which is its address's.",
                format = "ISO ALPHA-2",
                maxLength = 2,
                example = "DE",
                types = "string")
        @NotNull(message = NOT_NULL)
        @PlainText
        @CountryCode
        JsonNullable<String> country,

        @Schema(
                description = "The security contact email address for the organization; an empty string clears it.",
                format = "email",
                maxLength = 254,
                example = "security@example.com",
                types = "string")
        @NotNull(message = NOT_NULL)
        @PlainText
        @Size(max = 254, message = TOO_LONG)
        @Pattern(regexp = TextFormats.EMAIL_OR_EMPTY, message = INVALID_EMAIL)
        JsonNullable<String> securityContact,

        @JsonAnySetter @Schema(hidden = true) Map<String, Object> ignoredFields)
        implements UpsunPatch<OrganizationChanges> {

    public OrganizationPatch {
        name = name == null ? JsonNullable.undefined() : name;
        label = label == null ? JsonNullable.undefined() : label.map(value -> value == null ? null : value.strip());
        country = AddressPatch.upperCase(country);
        securityContact = securityContact == null ? JsonNullable.undefined() : securityContact;
        ignoredFields = ignoredFields == null ? new LinkedHashMap<>() : ignoredFields;
    }

    @Override
    public OrganizationChanges changes() {
        return new OrganizationChanges(
                PatchBody.sent(name), PatchBody.sent(label), PatchBody.sent(country), PatchBody.sent(securityContact));
    }
}
