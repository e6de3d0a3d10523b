package io.accountsapi.probely.drf;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The text is the code of one of the enum's choices (DRF's ChoiceField). */
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE,
    ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ChoiceOf.Validator.class)
public @interface ChoiceOf {

    /** An enum whose constants' {@code toString()} are the codes a client may send. */
    Class<? extends Enum<?>> value();

    String message() default DrfMessages.INVALID_CHOICE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A choice as clients send it. */
    class Validator implements ConstraintValidator<ChoiceOf, String> {

        private Set<String> codes;

        @Override
        public void initialize(ChoiceOf annotation) {
            codes = Arrays.stream(annotation.value().getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.toUnmodifiableSet());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || codes.contains(value);
        }
    }
}
