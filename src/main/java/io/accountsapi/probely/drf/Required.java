package io.accountsapi.probely.drf;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.valueextraction.Unwrapping;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * The field must be sent (it may still be null: {@code @NotNull} says whether that is allowed). Put it on a
 * {@link JsonNullable} as {@code @Required(payload = Unwrapping.Skip.class)}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Required.Validator.class)
public @interface Required {

    String message() default DrfMessages.REQUIRED;

    Class<?>[] groups() default {};

    /** Give {@link Unwrapping.Skip}, so that the {@link JsonNullable} itself is checked, not what it holds. */
    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Required, JsonNullable<?>> {

        @Override
        public boolean isValid(JsonNullable<?> value, ConstraintValidatorContext context) {
            return value != null && value.isPresent();
        }
    }
}
