package io.accountsapi.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What both API groups share in Swagger UI: the description and the two ways of sending a key. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

    /** Upsun's clients send {@code Authorization: Bearer <key>}. */
    public static final String BEARER = "Bearer";
    /** Probely's clients send {@code Authorization: JWT <key>}. */
    public static final String JWT = "JWT";

    @Bean
    OpenAPI accountsOpenApi() {
        return new OpenAPI()
                .info(new Info().title("accounts-api").version("1")
                        .description("Organization billing profiles in Upsun's dialect and user management in "
                                + "Probely's dialect. Authorize with an API key: either scheme works on every path."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An API key, sent as 'Authorization: Bearer <key>'."))
                        .addSecuritySchemes(JWT, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("Authorization")
                                .description("Type 'JWT <key>', as Probely's clients send it.")));
    }

    /** An error response of either dialect: its media type and a reference to its body's schema. */
    public static ApiResponse errorResponse(String description, String mediaType, String schemaName) {
        return new ApiResponse().description(description).content(new Content().addMediaType(mediaType,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schemaName))));
    }

    /**
     * The documentation's model reader runs on Jackson 2, which does not see the server's (Jackson 3) snake_case
     * naming; give it the same naming so the schemas show the names clients send and receive.
     */
    @Bean
    ModelResolver snakeCaseModelResolver() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE))
                .openapi31(true);
    }
}
