package io.accountsapi.probely;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.accountsapi.probely.drf.DrfBody;
import io.accountsapi.probely.drf.Required;
import io.accountsapi.user.LabelChanges;
import io.accountsapi.web.PatchBody;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * Body of the writes of {@code /labels/users/}: POST and PUT must send {@code name} ({@link Whole}); PATCH changes
 * only what is sent. Any other field lands in {@link #ignoredFields} and is never applied.
 */
@Schema(name = "PatchedUserLabelRequest", description = "All fields optional for PATCH; POST and PUT require name.")
record LabelBody(
        @Schema(
                description = "Name of the label, unique in the organization. The maximum length is 255 characters.",
                example = "backend",
                types = "string")
        @Required(groups = Whole.class, payload = Unwrapping.Skip.class)
        @LabelInput.Name
        JsonNullable<String> name,

        @Schema(
                description = "Color of the label, in RGB hexadecimal format prefixed with \"#\". For example, "
                        + "\"#00FF00\" for green. A new label without one has \"\".",
                example = "#00FF00",
                types = "string")
        @LabelInput.Color
        JsonNullable<String> color,

        @JsonAnySetter @Schema(hidden = true) Map<String, Object> ignoredFields,

        @JsonIgnore @Schema(hidden = true) Map<String, String> unreadable)
        implements DrfBody<LabelBody> {

    /** The POST and PUT rules, on top of the PATCH ones. */
    interface Whole {}

    LabelBody {
        ignoredFields = ignoredFields == null ? new LinkedHashMap<>() : ignoredFields;
    }

    LabelChanges changes() {
        return new LabelChanges(PatchBody.sent(name), PatchBody.sent(color));
    }

    @Override
    public LabelBody withUnreadable(Map<String, String> unreadable) {
        return new LabelBody(name, color, ignoredFields, unreadable);
    }
}
