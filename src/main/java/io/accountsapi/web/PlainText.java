package io.accountsapi.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text without control characters or unpaired surrogates: PostgreSQL refuses NUL in text, and a lone surrogate
 * would be stored as something other than what was sent.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    String message() default "This value contains characters that are not allowed.";

    /** The message for text with a NUL character, when the dialect words it apart; else {@link #message()}. */
    String nullMessage() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {

        private String nullMessage;

        @Override
        public void initialize(PlainText annotation) {
            nullMessage = annotation.nullMessage();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || isPlain(value)) {
                return true;
            }
            if (!nullMessage.isEmpty() && value.indexOf('\0') >= 0) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(nullMessage).addConstraintViolation();
            }
            return false;
        }

        /** Whether the text has neither control characters nor unpaired surrogates. */
        static boolean isPlain(String value) {
            for (int i = 0; i < value.length(); i++) {
                var c = value.charAt(i);
                if (Character.isISOControl(c) || Character.isLowSurrogate(c)) {
                    return false;
                }
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                }
            }
            return true;
        }
    }
}
