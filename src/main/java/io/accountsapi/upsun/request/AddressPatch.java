package io.accountsapi.upsun.request;

import static io.accountsapi.upsun.request.UpsunMessages.INVALID_SUBDIVISION;
import static io.accountsapi.upsun.request.UpsunMessages.NOT_NULL;
import static io.accountsapi.upsun.request.UpsunMessages.TOO_LONG;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.accountsapi.organization.AddressChanges;
import io.accountsapi.web.PatchBody;
import io.accountsapi.web.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * Body of {@code PATCH /organizations/{id}/address}: Upsun's Address fields, all optional. Codes are accepted in
 * any case and stored in upper case.
 */
@Schema(
        name = "AddressPatch",
        description = "The address fields to change; all optional. An empty string clears a field.")
public record AddressPatch(
        @Schema(
                description = "Two-letter country codes are used to represent countries and states",
                format = "ISO ALPHA-2",
                maxLength = 2,
                example = "DE",
                types = "string")
        @NotNull(message = NOT_NULL)
        @PlainText
        @CountryCode
        JsonNullable<String> country,

        @Schema(description = "The full name of the user", maxLength = 255, example = "Jane Smith", types = "string")
        @NotNull(message = NOT_NULL)
        @PlainText
        @Size(max = 255, message = TOO_LONG)
        JsonNullable<String> nameLine,

        @Schema(
                description = "Premise (i.e. Apt, Suite, Bldg.)",
                maxLength = 255,
                example = "Suite 4",
                types = "string")
        @NotNull(message = NOT_NULL)
        @PlainText
        @Size(max = 255, message = TOO_LONG)
        JsonNullable<String> premise,

        @Schema(
                description = "Sub Premise (i.e. Suite, Apartment, Floor, Unknown.",
                maxLength = 255,
                example = "Floor 2",
                types = "string")
        @NotNull(message = NOT_NULL)
        @PlainText
        @Size(max = 255, message = TOO_LONG)
        JsonNullable<String> subPremise,

        @Schema(
                description = "The address of the user",
                maxLength = 255,
                example = "Unter den Linden 1",
                types = "string")
        @NotNull(message = NOT_NULL)
        @PlainText
        @Size(max = 255, message = TOO_LONG)
        JsonNullable<String> thoroughfare,

        @Schema(
                description = "The administrative area of the user address",
                format = "ISO ALPHA-2",
                maxLength = 2,
                example = "BE",
                types = "string")
        @NotNull(message = NOT_NULL)
        @PlainText
        @Pattern(regexp = "^([A-Z0-9]{2})?$", message = INVALID_SUBDIVISION)
        JsonNullable<String> administrativeArea,

        @Schema(
                description = "The sub-administrative area of the user address",
                maxLength = 255,
                example = "Mitte",
                types = "string")
        @NotNull(message = NOT_NULL)
        @PlainText
        @Size(max = 255, message = TOO_LONG)
        JsonNullable<String> subAdministrativeArea,

        @Schema(description = "The locality of the user address", maxLength = 255, example = "Berlin", types = "string")
        @NotNull(message = NOT_NULL)
        @PlainText
        @Size(max = 255, message = TOO_LONG)
        JsonNullable<String> locality,

        @Schema(
                description = "The dependant_locality area of the user address",
                maxLength = 255,
                example = "",
                types = "string")
        @NotNull(message = NOT_NULL)
        @PlainText
        @Size(max = 255, message = TOO_LONG)
        JsonNullable<String> dependentLocality,

        @Schema(
                description = "The postal code area of the user address",
                maxLength = 32,
                example = "10117",
                types = "string")
        @NotNull(message = NOT_NULL)
        @PlainText
        @Size(max = 32, message = TOO_LONG)
        JsonNullable<String> postalCode,

        @JsonAnySetter @Schema(hidden = true) Map<String, Object> ignoredFields)
        implements UpsunPatch<AddressChanges> {

    public AddressPatch {
        country = upperCase(country);
        administrativeArea = upperCase(administrativeArea);
        ignoredFields = ignoredFields == null ? new LinkedHashMap<>() : ignoredFields;
    }

    /** A code as sent, trimmed and in upper case. */
    static JsonNullable<String> upperCase(JsonNullable<String> code) {
        return code == null
                ? JsonNullable.undefined()
                : code.map(value -> value == null ? null : value.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public AddressChanges changes() {
        return new AddressChanges(
                PatchBody.sent(country),
                PatchBody.sent(nameLine),
                PatchBody.sent(premise),
                PatchBody.sent(subPremise),
                PatchBody.sent(thoroughfare),
                PatchBody.sent(administrativeArea),
                PatchBody.sent(subAdministrativeArea),
                PatchBody.sent(locality),
                PatchBody.sent(dependentLocality),
                PatchBody.sent(postalCode));
    }
}
