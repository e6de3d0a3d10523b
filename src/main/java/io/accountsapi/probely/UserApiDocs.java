package io.accountsapi.probely;

import io.accountsapi.probely.drf.DrfMessages;
import io.accountsapi.probely.drf.DrfProblemRenderer;
import io.accountsapi.web.ApiProblem;
import io.accountsapi.web.OpenApiConfig;
import io.accountsapi.web.ProblemDocs;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import java.util.Map;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The Users group of Swagger UI, with DRF's error bodies on every error response. */
@Configuration(proxyBeanMethods = false)
class UserApiDocs {

    private static final String DETAIL = "DrfDetail";
    private static final String FIELD_ERRORS = "DrfFieldErrors";

    @Bean
    GroupedOpenApi usersApi(DrfProblemRenderer renderer, JsonMapper json) {
        var invalid = new ApiProblem.Invalid(Map.of(
                "labels", List.of(Map.of(), Map.of("color", List.of(DrfMessages.PATTERN)))));
        var problems =
                new ProblemDocs(renderer, json, status -> status == 400 ? FIELD_ERRORS : DETAIL, invalid, "user");
        return GroupedOpenApi.builder()
                .group("users")
                .displayName("Users (Probely)")
                // The trailing slash is canonical; the same paths without it are served too, but not listed, so
                // that each operation is listed once under its own operation id.
                .pathsToMatch(
                        "/users/",
                        "/users/*/",
                        "/users/*/keys/",
                        "/users/*/keys/*/",
                        "/profile/",
                        "/labels/users/",
                        "/labels/users/*/")
                .addOpenApiCustomizer(openApi -> {
                    openApi.getComponents()
                            .addSchemas(
                                    DETAIL,
                                    new ObjectSchema()
                                            .description("DRF error")
                                            .addProperty("detail", new StringSchema()))
                            .addSchemas(
                                    FIELD_ERRORS,
                                    new ObjectSchema()
                                            .description(
                                                    "Field name to messages; nested fields (labels) are lists aligned with "
                                                            + "the input; errors not tied to a field are under non_field_errors.")
                                            .additionalProperties(new ArraySchema().items(new StringSchema())));
                    openApi.addSecurityItem(new SecurityRequirement().addList(OpenApiConfig.JWT));
                    problems.addTo(openApi);
                })
                .build();
    }
}
