package io.accountsapi.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents the Prefer header of a write ({@link WriteHeaders#strict()}) in Swagger UI, in words only: an example
 * would be pre-filled by "Try it out" and sent, changing what the request means.
 */
@Parameter(
        name = PreferHeader.NAME,
        in = ParameterIn.HEADER,
        schema = @Schema(type = "string"),
        description = "Optional (RFC 7240); leave it empty to have read-only and unknown fields ignored, as the "
                + "vendor's API does. Send handling=strict to get a 400 that names each such field instead, with "
                + "nothing written.")
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StrictHandling {}
