package io.accountsapi.probely;

import static io.swagger.v3.oas.annotations.media.Schema.AccessMode.READ_ONLY;
import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.accountsapi.auth.ApiKeyStore.StoredKey;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** An API key as listed; {@code key} is present only in the answer that created it. */
@Schema(name = "ApiKey")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiKeyResponse(
        @Schema(
                description = "A unique Base58 value identifying this key.",
                example = "Kq3xPq9RtY2m",
                accessMode = READ_ONLY,
                requiredMode = REQUIRED)
        String id,

        @Schema(
                description = "What the key is for.",
                maxLength = ApiKeyRequest.MAX_NAME,
                example = "ci",
                requiredMode = REQUIRED)
        String name,

        @Schema(
                description =
                        "The key itself, shown once when it is created; send it as 'JWT <key>' or 'Bearer <key>'.",
                example = "acck_3f1c...",
                accessMode = READ_ONLY)
        String key,

        @Schema(
                description = "When the key was created.",
                example = "2024-07-29T15:51:28.071000Z",
                accessMode = READ_ONLY,
                requiredMode = REQUIRED)
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'", timezone = "UTC")
        Instant created) {

    static ApiKeyResponse of(StoredKey key) {
        return new ApiKeyResponse(key.id(), key.name(), key.key(), key.created());
    }
}
