package io.accountsapi.upsun.request;

import static io.accountsapi.upsun.request.UpsunMessages.INVALID_EMAIL;
import static io.accountsapi.upsun.request.UpsunMessages.NOT_A_CHOICE;
import static io.accountsapi.upsun.request.UpsunMessages.NOT_NULL;
import static io.accountsapi.upsun.request.UpsunMessages.TOO_LONG;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.accountsapi.organization.ProfileChanges;
import io.accountsapi.web.PatchBody;
import io.accountsapi.web.PlainText;
import io.accountsapi.web.TextFormats;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * Body of {@code PATCH /organizations/{id}/profile}. Omitted fields are left as they are, {@code ""} clears a field
 * and {@code null} is refused. Any other field lands in {@link #ignoredFields} and is never applied.
 */
@Schema(
        name = "ProfilePatch",
        description = "The profile fields to change; all optional. An empty string clears a field.")
public record ProfilePatch(
        @Schema(
                description = "The URL of a catalog file which overrides the default.",
                format = "uri",
                maxLength = 2048,
                example = "https://example.com/catalog.json",
                types = "string")
        @NotNull(message = NOT_NULL)
        @PlainText
        @Size(max = 2048, message = TOO_LONG)
        @HttpUrl
        JsonNullable<String> defaultCatalog,

        @Schema(
                description = "The URL of an organization-wide project options file.",
                format = "uri",
                maxLength = 2048,
                example = "https://example.com/project-options.json",
                types = "string")
        @NotNull(message = NOT_NULL)
        @PlainText
        @Size(max = 2048, message = TOO_LONG)
        @HttpUrl
        JsonNullable<String> projectOptionsUrl,

        @Schema(description = "The company name.", maxLength = 255, example = "Example Ltd", types = "string")
        @NotNull(message = NOT_NULL)
        @PlainText
        @Size(max = 255, message = TOO_LONG)
        JsonNullable<String> companyName,

        @Schema(
                description = "The VAT number of the company. Stored trimmed and in upper case.",
                maxLength = 32,
                example = "GB123456789",
                types = "string")
        @NotNull(message = NOT_NULL)
        @PlainText
        @Size(max = 32, message = TOO_LONG)
        JsonNullable<String> vatNumber,

        @Schema(
                description = "The e-mail address of a contact to whom billing notices will be sent.",
                format = "email",
                maxLength = 254,
                example = "billing@example.com",
                types = "string")
        @NotNull(message = NOT_NULL)
        @PlainText
        @Size(max = 254, message = TOO_LONG)
        @Pattern(regexp = TextFormats.EMAIL_OR_EMPTY, message = INVALID_EMAIL)
        JsonNullable<String> billingContact,

        @Schema(
                description = "The customer type. Upsun's own PATCH body spells individual as indvidual and calls a"
                        + " corporation a company: either spelling is taken, and stored as the profile shows it.",
                allowableValues = {"individual", "corporation", "government", "indvidual", "company", ""},
                example = "corporation",
                types = "string")
        @NotNull(message = NOT_NULL)
        @Pattern(regexp = "^(individual|corporation|government)?$", message = NOT_A_CHOICE)
        JsonNullable<String> customerType,

        @Schema(
                description = "The legal entity name of the customer.",
                maxLength = 255,
                example = "Example Limited",
                types = "string")
        @NotNull(message = NOT_NULL)
        @PlainText
        @Size(max = 255, message = TOO_LONG)
        JsonNullable<String> legalEntityName,

        @JsonAnySetter @Schema(hidden = true) Map<String, Object> ignoredFields)
        implements UpsunPatch<ProfileChanges> {

    public ProfilePatch {
        vatNumber = vatNumber == null
                ? JsonNullable.undefined()
                : vatNumber.map(value -> value == null ? null : value.strip().toUpperCase(Locale.ROOT));
        customerType = customerType == null
                ? JsonNullable.undefined()
                : customerType.map(value -> value == null ? null : CUSTOMER_TYPES_AS_SHOWN.getOrDefault(value, value));
        ignoredFields = ignoredFields == null ? new LinkedHashMap<>() : ignoredFields;
    }

    /** The customer types Upsun's PATCH body names otherwise than its profile does. */
    private static final Map<String, String> CUSTOMER_TYPES_AS_SHOWN =
            Map.of("indvidual", "individual", "company", "corporation");

    @Override
    public ProfileChanges changes() {
        return new ProfileChanges(
                PatchBody.sent(defaultCatalog),
                PatchBody.sent(projectOptionsUrl),
                PatchBody.sent(companyName),
                PatchBody.sent(vatNumber),
                PatchBody.sent(billingContact),
                PatchBody.sent(customerType),
                PatchBody.sent(legalEntityName));
    }
}
