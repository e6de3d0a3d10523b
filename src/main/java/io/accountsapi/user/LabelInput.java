package io.accountsapi.user;

import io.accountsapi.web.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * A label as a write sends it: matched by name in the organization's catalogue; a color, when sent, recolors it
 * (an existing label keeps its color otherwise, a new one gets {@code ""}).
 */
@Schema(name = "LabelRequest")
record LabelInput(
        @Schema(description = "Name of the label. The maximum length is 255 characters.", example = "backend",
                types = "string", requiredMode = Schema.RequiredMode.REQUIRED)
        @Required(payload = Unwrapping.Skip.class) @NotNull(message = DrfMessages.NOT_NULL) @NotBlankText
        @Size(max = MAX_NAME, message = DrfMessages.MAX_LENGTH) @PlainText(nullMessage = DrfMessages.NULL_CHARACTERS)
        @DrfBinding.DrfText
        JsonNullable<String> name,

        @Schema(description = "Color of the label, in RGB hexadecimal format prefixed with \"#\". For example, "
                + "\"#00FF00\" for green.", example = "#00FF00", types = "string")
        @NotNull(message = DrfMessages.NOT_NULL) @Size(max = 32, message = DrfMessages.MAX_LENGTH)
        @Pattern(regexp = COLOR_PATTERN, message = DrfMessages.PATTERN) @DrfBinding.DrfText
        JsonNullable<String> color) {

    static final int MAX_NAME = 255;

    /** What a color may be made of (the migration's CHECK constraint repeats it as the database's own guard). */
    static final String COLOR_PATTERN = "^[a-zA-Z0-9#_-]*$";

    LabelInput {
        name = name == null ? JsonNullable.undefined() : name;
        color = color == null ? JsonNullable.undefined() : color;
    }

    /** The color sent, or null when none was. */
    String colorSent() {
        return color.orElse(null);
    }
}
