package io.accountsapi.probely;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import io.accountsapi.probely.drf.DrfBinding;
import io.accountsapi.probely.drf.DrfMessages;
import io.accountsapi.probely.drf.NotBlankText;
import io.accountsapi.probely.drf.Required;
import io.accountsapi.user.LabelName;
import io.accountsapi.web.PatchBody;
import io.accountsapi.web.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * A label as a user's write sends it: matched by name in the organization's catalogue; a color, when sent, recolors it
 * (an existing label keeps its color otherwise, a new one gets {@code ""}). The rules of a label's fields are here,
 * written once for this body and for the label resource's ({@link LabelBody}).
 */
@Schema(name = "LabelRequest")
record LabelInput(
        @Schema(
                description = "Name of the label. The maximum length is 255 characters.",
                example = "backend",
                types = "string",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @Required(payload = Unwrapping.Skip.class)
        @Name
        JsonNullable<String> name,

        @Schema(
                description = "Color of the label, in RGB hexadecimal format prefixed with \"#\". For example, "
                        + "\"#00FF00\" for green.",
                example = "#00FF00",
                types = "string")
        @Color
        JsonNullable<String> color) {

    static final int MAX_NAME = 255;

    /** What a color may be made of (the migration's CHECK constraint repeats it as the database's own guard). */
    static final String COLOR_PATTERN = "^[a-zA-Z0-9#_-]*$";

    LabelName labelName() {
        return new LabelName(name.orElse(null), PatchBody.sent(color));
    }

    /** A label's name: text, never null nor blank, trimmed, at most 255 characters. */
    @NotNull(message = DrfMessages.NOT_NULL)
    @NotBlankText
    @Size(max = MAX_NAME, message = DrfMessages.MAX_LENGTH)
    @PlainText(nullMessage = DrfMessages.NULL_CHARACTERS)
    @DrfBinding.DrfText
    @JacksonAnnotationsInside
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @interface Name {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A label's color: text, never null, at most 32 characters of {@link #COLOR_PATTERN}. */
    @NotNull(message = DrfMessages.NOT_NULL)
    @Size(max = 32, message = DrfMessages.MAX_LENGTH)
    @Pattern(regexp = COLOR_PATTERN, message = DrfMessages.PATTERN)
    @DrfBinding.DrfText
    @JacksonAnnotationsInside
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @interface Color {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }
}
