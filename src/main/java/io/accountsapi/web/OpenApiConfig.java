package io.accountsapi.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Objects;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

/** What both API groups share in Swagger UI: the description, the two ways of sending a key, conditional reads. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

    static {
        // Bound from the request's headers, not a parameter of its own: IfMatch and StrictHandling document them.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(WriteHeaders.class);
    }

    /** Upsun's clients send {@code Authorization: Bearer <key>}. */
    public static final String BEARER = "Bearer";
    /** Probely's clients send {@code Authorization: JWT <key>}. */
    public static final String JWT = "JWT";

    @Bean
    OpenAPI accountsOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("accounts-api")
                        .version("1")
                        .description("Organization billing profiles in Upsun's dialect and user management in "
                                + "Probely's dialect. Authorize with an API key: either scheme works on every path."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An API key, sent as 'Authorization: Bearer <key>'."))
                        .addSecuritySchemes(
                                JWT,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name("Authorization")
                                        .description("Type 'JWT <key>', as Probely's clients send it.")));
    }

    /**
     * What {@link ETagAdvice} does for every GET, in both groups: the ETag of each answer, and 304 for an If-None-Match
     * that names it. The header is described in words only: an example would be pre-filled by "Try it out" and sent.
     */
    @Bean
    GlobalOpenApiCustomizer conditionalReads() {
        return openApi -> openApi.getPaths().values().stream()
                .map(PathItem::getGet)
                .filter(Objects::nonNull)
                .forEach(operation -> {
                    operation.addParametersItem(new HeaderParameter()
                            .name(HttpHeaders.IF_NONE_MATCH)
                            .schema(new StringSchema())
                            .description("Optional; leave it empty to get the resource. "
                                    + "Send the ETag of an earlier answer, quotes included, to get 304 and no body "
                                    + "while the resource is unchanged."));
                    operation
                            .getResponses()
                            .addApiResponse(
                                    "304",
                                    new ApiResponse()
                                            .description(
                                                    "Not modified: If-None-Match names the current ETag; no body."));
                    operation.getResponses().forEach((status, response) -> {
                        if (status.startsWith("2")) {
                            response.addHeaderObject(
                                    HttpHeaders.ETAG,
                                    new Header()
                                            .schema(new StringSchema())
                                            .description(
                                                    "The strong validator of this representation, for If-None-Match "
                                                            + "and If-Match."));
                        }
                    });
                });
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
