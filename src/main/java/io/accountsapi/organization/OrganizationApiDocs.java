package io.accountsapi.organization;

import static org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

import io.accountsapi.web.OpenApiConfig;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Organizations group of Swagger UI, with the Upsun error body on every error response. */
@Configuration(proxyBeanMethods = false)
class OrganizationApiDocs {

    private static final String ERROR_SCHEMA = "UpsunError";
    private static final Map<String, String> ERRORS = Map.of(
            "401", "Missing, unknown or revoked key.",
            "404", "No such organization, or not the caller's.");
    private static final Map<String, String> WRITE_ERRORS = Map.of(
            "400", "Invalid body: detail names each field.",
            "403", "The caller may not change billing details.");

    @Bean
    GroupedOpenApi organizationsApi() {
        return GroupedOpenApi.builder()
                .group("organizations")
                .displayName("Organizations (Upsun)")
                .pathsToMatch("/organizations", "/organizations/**")
                .addOpenApiCustomizer(openApi -> {
                    openApi.getComponents().addSchemas(ERROR_SCHEMA, errorSchema());
                    allowNullPendingVerification(openApi);
                    openApi.addSecurityItem(new SecurityRequirement().addList(OpenApiConfig.BEARER));
                    openApi.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
                        ERRORS.forEach((status, description) ->
                                operation.getResponses().addApiResponse(status, error(description)));
                        if (operation.getRequestBody() != null) {
                            WRITE_ERRORS.forEach((status, description) ->
                                    operation.getResponses().addApiResponse(status, error(description)));
                        }
                    }));
                })
                .build();
    }

    /** Annotations cannot put null among allowed values; JSON Schema needs it there for a nullable enum. */
    @SuppressWarnings("unchecked")
    private static void allowNullPendingVerification(OpenAPI openApi) {
        var trial = openApi.getComponents().getSchemas().get("ProfileTrial");
        if (trial != null) {
            var pendingVerification = (Schema<Object>) trial.getProperties().get("pending_verification");
            var values = new ArrayList<Object>(pendingVerification.getEnum());
            values.add(null);
            pendingVerification.setEnum(values);
        }
    }

    private static ApiResponse error(String description) {
        return OpenApiConfig.errorResponse(description, APPLICATION_PROBLEM_JSON_VALUE, ERROR_SCHEMA);
    }

    @SuppressWarnings("rawtypes")
    private static Schema errorSchema() {
        return new ObjectSchema()
                .description("An Upsun error (application/problem+json).")
                .addProperty("title", new StringSchema().description("The HTTP reason phrase.").example("Bad Request"))
                .addProperty("status", new Schema<Integer>().type("integer").example(400))
                .addProperty("code", new Schema<Integer>().type("integer").description("The HTTP status again.").example(400))
                .addProperty("message", new StringSchema().description("One sentence.").example("The request body is invalid."))
                .addProperty("detail", new Schema<>().description("For validation errors an object of field messages; "
                        + "otherwise a string.").oneOf(List.of(new StringSchema(),
                        new ObjectSchema().additionalProperties(new StringSchema())))
                        .example(Map.of("billing_contact", "This value is not a valid email address.")));
    }
}
