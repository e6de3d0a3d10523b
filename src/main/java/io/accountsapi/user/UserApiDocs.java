package io.accountsapi.user;

import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

import io.accountsapi.web.OpenApiConfig;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import java.util.Map;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Users group of Swagger UI, with DRF's error bodies on every error response. */
@Configuration(proxyBeanMethods = false)
class UserApiDocs {

    private static final String DETAIL = "DrfDetail";
    private static final String FIELD_ERRORS = "DrfFieldErrors";
    private static final Map<String, String> ERRORS = Map.of(
            "401", "Authentication credentials were not provided, or are incorrect.",
            "404", "Not found (also for objects of another organization).",
            "405", "Method not allowed.",
            "500", "Unexpected error while handling your request.");
    private static final Map<String, String> WRITE_ERRORS = Map.of(
            "403", "You do not have permission to perform this action.",
            "415", "Unsupported media type.");

    @Bean
    GroupedOpenApi usersApi() {
        return GroupedOpenApi.builder()
                .group("users")
                .displayName("Users (Probely)")
                .pathsToMatch("/users", "/users/**", "/profile", "/profile/")
                .addOpenApiCustomizer(openApi -> {
                    openApi.getComponents()
                            .addSchemas(DETAIL, new ObjectSchema().description("DRF error").addProperty("detail",
                                    new StringSchema().example("Not found.")))
                            .addSchemas(FIELD_ERRORS, new ObjectSchema()
                                    .description("Field name to messages; nested fields (labels) are lists aligned with "
                                            + "the input; errors not tied to a field are under non_field_errors.")
                                    .additionalProperties(new ArraySchema().items(new StringSchema()))
                                    .example(Map.of("labels", List.of(Map.of(), Map.of("color",
                                            List.of("This value does not match the required pattern."))))));
                    // The trailing slash is canonical; the same paths without it are served too, but listed once.
                    openApi.getPaths().keySet().removeIf(path -> !path.endsWith("/"));
                    openApi.addSecurityItem(new SecurityRequirement().addList(OpenApiConfig.JWT));
                    openApi.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
                        ERRORS.forEach((status, text) ->
                                operation.getResponses().addApiResponse(status, error(text, DETAIL)));
                        if (operation.getRequestBody() != null || method.name().equals("DELETE")) {
                            WRITE_ERRORS.forEach((status, text) ->
                                    operation.getResponses().addApiResponse(status, error(text, DETAIL)));
                        }
                        if (operation.getRequestBody() != null || method.name().equals("GET")) {
                            operation.getResponses().addApiResponse("400", error("Invalid input.", FIELD_ERRORS));
                        }
                    }));
                })
                .build();
    }

    private static ApiResponse error(String description, String schema) {
        return OpenApiConfig.errorResponse(description, APPLICATION_JSON_VALUE, schema);
    }
}
