package io.accountsapi.probely;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import io.accountsapi.probely.drf.ChoiceOf;
import io.accountsapi.probely.drf.DrfBinding;
import io.accountsapi.probely.drf.DrfMessages;
import io.accountsapi.web.PlainText;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules of the user fields that more than one body takes, each written once: put on a field, an annotation here
 * says how it is read (DRF's field type, a Jackson bundle) and what it must be (a composed constraint). Swagger UI documents the constraints they compose.
 */
final class UserFields {

    static final int MAX_NAME = 60;
    static final int MAX_LABELS = 100;

    private UserFields() {}

    /** Optional text, never null, trimmed, at most 60 characters. */
    @NotNull(message = DrfMessages.NOT_NULL)
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

    /** One of the {@link Title}s, or {@code ""}. */
    @NotNull(message = DrfMessages.NOT_NULL)
    @ChoiceOf(Title.class)
    @DrfBinding.DrfChoice
    @JacksonAnnotationsInside
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @interface JobTitle {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A DRF boolean, never null. */
    @NotNull(message = DrfMessages.NOT_NULL)
    @DrfBinding.DrfBoolean
    @JacksonAnnotationsInside
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @interface Active {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** The user's whole label list, never null, at most 100; each item is checked as a {@link LabelInput}. */
    @NotNull(message = DrfMessages.NOT_NULL)
    @Size(max = MAX_LABELS, message = DrfMessages.MAX_ITEMS)
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @interface Labels {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }
}
