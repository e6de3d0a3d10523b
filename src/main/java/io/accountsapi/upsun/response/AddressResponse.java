package io.accountsapi.upsun.response;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** Upsun's Address: ten strings, {@code ""} when unset. */
@Schema(name = "Address", description = "The address of the user.")
public record AddressResponse(
        @Schema(
                description = "Two-letter country codes are used to represent countries and states",
                format = "ISO ALPHA-2",
                example = "DE")
        String country,

        @Schema(description = "The full name of the user", example = "Jane Smith")
        String nameLine,

        @Schema(description = "Premise (i.e. Apt, Suite, Bldg.)", example = "Suite 4")
        String premise,

        @Schema(description = "Sub Premise (i.e. Suite, Apartment, Floor, Unknown.", example = "Floor 2")
        String subPremise,

        @Schema(description = "The address of the user", example = "Unter den Linden 1")
        String thoroughfare,

        @Schema(description = "The administrative area of the user address", format = "ISO ALPHA-2", example = "BE")
        String administrativeArea,

        @Schema(description = "The sub-administrative area of the user address", example = "Mitte")
        String subAdministrativeArea,

        @Schema(description = "The locality of the user address", example = "Berlin")
        String locality,

        @Schema(description = "The dependant_locality area of the user address", example = "")
        String dependentLocality,

        @Schema(description = "The postal code area of the user address", example = "10117")
        String postalCode,

        @JsonProperty("_links") Links links) {}
