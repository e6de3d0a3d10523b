package io.accountsapi.upsun.request;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;

/** An absolute http or https URL with a host. {@code ""} is accepted: it clears the field. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HttpUrl.Validator.class)
public @interface HttpUrl {

    String message() default "This value is not a valid URL.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<HttpUrl, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isEmpty()) {
                return true;
            }
            try {
                var uri = new URI(value);
                var scheme = uri.getScheme();
                return uri.isAbsolute()
                        && uri.getHost() != null
                        && !uri.getHost().isEmpty()
                        && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
