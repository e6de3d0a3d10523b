package io.accountsapi.probely;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.accountsapi.probely.drf.DrfBinding;
import io.accountsapi.probely.drf.DrfBody;
import io.accountsapi.probely.drf.DrfMessages;
import io.accountsapi.probely.drf.NotBlankText;
import io.accountsapi.probely.drf.Required;
import io.accountsapi.web.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openapitools.jackson.nullable.JsonNullable;

/** Body of {@code POST /users/{id}/keys/}. */
@Schema(name = "ApiKeyRequest")
record ApiKeyRequest(
        @Schema(
                description = "What the key is for.",
                example = "ci",
                types = "string",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @Required(payload = Unwrapping.Skip.class)
        @NotNull(message = DrfMessages.NOT_NULL)
        @NotBlankText
        @Size(max = MAX_NAME, message = DrfMessages.MAX_LENGTH)
        @PlainText(nullMessage = DrfMessages.NULL_CHARACTERS)
        @DrfBinding.DrfText
        JsonNullable<String> name,

        @Schema(
                description = "The organization the key's calls act in, by id or as name=<machine name>: this user's"
                        + " (the same as leaving it out), or, for a key of the caller's own, another of theirs.",
                example = "01EY8BWRSQ56EY1TDC32PARAJS")
        @NotNull(message = DrfMessages.NOT_NULL)
        @PlainText(nullMessage = DrfMessages.NULL_CHARACTERS)
        @DrfBinding.DrfText
        JsonNullable<String> organization,

        @JsonAnySetter @Schema(hidden = true) Map<String, Object> ignoredFields,

        @JsonIgnore @Schema(hidden = true) Map<String, String> unreadable)
        implements DrfBody<ApiKeyRequest> {

    static final int MAX_NAME = 255;

    ApiKeyRequest {
        organization = organization == null ? JsonNullable.undefined() : organization;
        ignoredFields = ignoredFields == null ? new LinkedHashMap<>() : ignoredFields;
    }

    @Override
    public ApiKeyRequest withUnreadable(Map<String, String> unreadable) {
        return new ApiKeyRequest(name, organization, ignoredFields, unreadable);
    }
}
