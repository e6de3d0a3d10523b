package io.accountsapi.probely;

import io.accountsapi.probely.drf.DrfBinding;
import io.accountsapi.probely.drf.DrfMessages;
import io.accountsapi.probely.drf.NotBlankText;
import io.accountsapi.probely.drf.Required;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import org.openapitools.jackson.nullable.JsonNullable;

/** {@code {"id": "..."}}: a reference to a role, team or target. */
@Schema(name = "IdRef")
record IdRef(
        @Schema(
                description = "A unique Base58 value identifying this object.",
                example = "MemberRoLe11",
                types = "string",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @Required(payload = Unwrapping.Skip.class)
        @NotNull(message = DrfMessages.NOT_NULL)
        @NotBlankText
        @Size(max = 12, message = DrfMessages.MAX_LENGTH)
        @DrfBinding.DrfText
        JsonNullable<String> id) {}
