package io.accountsapi.upsun;

import io.accountsapi.upsun.list.UpsunListParameters;
import io.accountsapi.upsun.list.UpsunListQuery;
import io.accountsapi.web.ApiProblem;
import io.accountsapi.web.OpenApiConfig;
import io.accountsapi.web.ProblemDocs;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.math.BigDecimal;
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
                .pathsToMatch("/organizations", "/organizations/**", "/users/**", "/ref/**")
                // Upsun's users by UUID share /users/ with Probely's: this group lists this dialect's handlers only.
                .addOpenApiMethodFilter(
                        method -> method.getDeclaringClass().getPackage() == OrganizationApiDocs.class.getPackage())
                .addOperationCustomizer((operation, handler) -> {
                    var list = handler.getMethodAnnotation(UpsunListParameters.class);
                    if (list != null) {
                        listParameters(list.value()).forEach(operation::addParametersItem);
                    }
                    return operation;
                })
                .addOpenApiCustomizer(openApi -> {
                    openApi.getComponents().addSchemas(ERROR_SCHEMA, errorSchema());
                    for (var kind : UpsunListQuery.Kind.values()) {
                        openApi.getComponents().addSchemas(kind.schema, filterSchema(kind));
                    }
                    allowNullPendingVerification(openApi);
                    openApi.addSecurityItem(new SecurityRequirement().addList(OpenApiConfig.BEARER));
                    problems.addTo(openApi);
                })
                .build();
    }

    /** A list's parameters as Upsun's document gives them: each filter a deepObject of its kind's operators. */
    private static List<Parameter> listParameters(UpsunListParameters.UpsunList list) {
        var parameters = list.parameters();
        List<Parameter> documented = new ArrayList<>();
        parameters.filters().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(filter -> documented.add(new QueryParameter()
                        .name("filter[" + filter.getKey() + "]")
                        .description("Allows filtering by `" + filter.getKey()
                                + "` using one or more operators: filter[" + filter.getKey() + "][operator]=value, or"
                                + " filter[" + filter.getKey() + "]=value for eq."
                                + (filter.getValue().values().isEmpty()
                                        ? ""
                                        : " Values: "
                                                + String.join(
                                                        ", ",
                                                        filter.getValue().values().stream()
                                                                .sorted()
                                                                .toList())
                                                + "."))
                        .style(Parameter.StyleEnum.DEEPOBJECT)
                        .explode(true)
                        // Else "Try it out" pre-fills every operator with "string" and sends them.
                        .example(Map.of())
                        .schema(new Schema<>()
                                .$ref("#/components/schemas/"
                                        + filter.getValue().kind().schema))));
        documented.add(new QueryParameter()
                .name(UpsunListQuery.PAGE_SIZE)
                .description("Determines the number of " + list.items + " to show.")
                .schema(new IntegerSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(100))));
        if (parameters.cursors()) {
            for (var cursor : List.of(UpsunListQuery.PAGE_BEFORE, UpsunListQuery.PAGE_AFTER)) {
                documented.add(new QueryParameter()
                        .name(cursor)
                        .description("Pagination cursor, given in the HAL links (_links) of a page; it should not be"
                                + " constructed by clients.")
                        .schema(new StringSchema()));
            }
        }
        documented.add(new QueryParameter()
                .name(UpsunListQuery.SORT)
                .description((parameters.severalSortFields()
                                ? "Allows sorting by fields, comma-separated."
                                : "Allows sorting by a single field.")
                        + " Use a dash (\"-\") to sort descending. Supported fields: "
                        + String.join(
                                ", ", parameters.sortable().stream().sorted().toList()) + ".")
                .schema(new StringSchema().example("-updated_at")));
        return documented;
    }

    @SuppressWarnings("rawtypes")
    private static Schema filterSchema(UpsunListQuery.Kind kind) {
        var schema = new ObjectSchema();
        kind.operators.forEach(operator ->
                schema.addProperty(operator, new StringSchema().description(UpsunListQuery.OPERATORS.get(operator))));
        return schema;
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
