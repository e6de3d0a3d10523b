package io.accountsapi.web;

import io.swagger.v3.oas.annotations.Parameter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents the If-Match header of writes in Swagger UI. */
@Parameter(description = "The ETag of the representation this write is based on; if the resource has changed since, "
        + "the answer is 412 and nothing is written. Without it, concurrent writes of different fields all land.",
        example = "\"5d41402abc4b2a76b9719d911017c592\"")
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface IfMatch {
}
