package io.accountsapi.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.HttpHeaders;

/**
 * Documents the If-Match header of a write ({@link WriteHeaders#ifMatch()}) in Swagger UI, in words only: an example
 * would be pre-filled by "Try it out" and sent, turning every first write into a 412.
 */
@Parameter(
        name = HttpHeaders.IF_MATCH,
        in = ParameterIn.HEADER,
        schema = @Schema(type = "string"),
        description = "Optional; leave it empty to write whatever the current version is (concurrent writes of "
                + "different fields then all land). To write only if nobody changed the resource since you read it, "
                + "send the ETag header of that answer, quotes included: if the resource has changed since, the "
                + "answer is 412 and nothing is written.")
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface IfMatch {}
