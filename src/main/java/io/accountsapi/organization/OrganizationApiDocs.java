package io.accountsapi.organization;

import io.accountsapi.web.ApiProblem;
import io.accountsapi.web.OpenApiConfig;
import io.accountsapi.web.ProblemDocs;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The Organizations group of Swagger UI, with the Upsun error body on every error response. */
@Configuration(proxyBeanMethods = false)
class OrganizationApiDocs {

    private static final String ERROR_SCHEMA = "UpsunError";

    @Bean
    GroupedOpenApi organizationsApi(UpsunProblemRenderer renderer, JsonMapper json) {
        var invalid =
                new ApiProblem.Invalid(Map.of("billing_contact", List.of("This value is not a valid email address.")));
        var problems = new ProblemDocs(renderer, json, status -> ERROR_SCHEMA, invalid, "organization");
        return GroupedOpenApi.builder()
                .group("organizations")
                .displayName("Organizations (Upsun)")
                .pathsToMatch("/organizations", "/organizations/**", "/users/**")
                // Upsun's users by UUID share /users/ with Probely's: this group lists this dialect's handlers only.
                .addOpenApiMethodFilter(
                        method -> method.getDeclaringClass().getPackage() == OrganizationApiDocs.class.getPackage())
                .addOpenApiCustomizer(openApi -> {
                    openApi.getComponents().addSchemas(ERROR_SCHEMA, errorSchema());
                    allowNullPendingVerification(openApi);
                    openApi.addSecurityItem(new SecurityRequirement().addList(OpenApiConfig.BEARER));
                    problems.addTo(openApi);
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

    @SuppressWarnings("rawtypes")
    private static Schema errorSchema() {
        return new ObjectSchema()
                .description("An Upsun error (application/problem+json).")
                .addProperty("title", new StringSchema().description("The HTTP reason phrase."))
                .addProperty("status", new Schema<Integer>().type("integer"))
                .addProperty("code", new Schema<Integer>().type("integer").description("The HTTP status again."))
                .addProperty("message", new StringSchema().description("One sentence."))
                // Any JSON value: client generators mishandle a oneOf of a string and a map.
                .addProperty(
                        "detail",
                        new Schema<>()
                                .description("For validation errors an object of field messages "
                                        + "(field name to message); otherwise a string."))
                .addProperty("error", new StringSchema().description("The error message: message again."))
                .required(List.of("error"));
    }
}
