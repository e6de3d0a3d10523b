package io.accountsapi.web;

import io.accountsapi.usecase.Refusal;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents the error answers of one dialect's operations: each status an operation can answer, with the dialect's
 * error schema and, as its example, the very body the dialect's {@link ProblemRenderer} answers with. Which statuses
 * an operation can answer follows from its shape: a body can be invalid, too large or of another media type, a write
 * can be refused, a path parameter can name nothing, an If-Match can be stale. A status the shape does not show (a
 * read only some callers may make) is declared on the handler with {@code @ApiResponse} and gets its body here.
 */
public final class ProblemDocs {

    private final ProblemRenderer renderer;
    private final JsonMapper json;
    private final IntFunction<String> schemaOfStatus;
    private final ApiProblem.Invalid invalidExample;
    private final String resource;

    /**
     * @param schemaOfStatus the name of the error body's schema (in the document's components) for each status
     * @param invalidExample the validation error shown as the example of 400
     * @param resource what a 404 says was not found
     */
    public ProblemDocs(
            ProblemRenderer renderer,
            JsonMapper json,
            IntFunction<String> schemaOfStatus,
            ApiProblem.Invalid invalidExample,
            String resource) {
        this.renderer = renderer;
        this.json = json;
        this.schemaOfStatus = schemaOfStatus;
        this.invalidExample = invalidExample;
        this.resource = resource;
    }

    public void addTo(OpenAPI openApi) {
        openApi.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> problemsOf(path, method, operation)
                                .forEach((description, problem) -> {
                                    var status = String.valueOf(problem.status().value());
                                    // A handler's own @ApiResponse (without a body) words its case best.
                                    var declared = operation.getResponses().get(status);
                                    operation
                                            .getResponses()
                                            .addApiResponse(
                                                    status,
                                                    response(
                                                            declared == null ? description : declared.getDescription(),
                                                            problem));
                                })));
    }

    /** The problems an operation can answer with, each with what it means for this operation. */
    private Map<String, ApiProblem> problemsOf(String path, PathItem.HttpMethod method, Operation operation) {
        var hasBody = operation.getRequestBody() != null;
        var parameters = operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters();
        Map<String, ApiProblem> problems = new LinkedHashMap<>();
        if (hasBody || parameters.stream().anyMatch(parameter -> "query".equals(parameter.getIn()))) {
            problems.put(
                    "Invalid input: the body names each field and what is wrong with it; nothing is written.",
                    invalidExample);
        }
        problems.put(
                "No key was sent, or it is unknown or revoked, or its user is deactivated.",
                new ApiProblem.NotAuthenticated());
        if (method != PathItem.HttpMethod.GET || operation.getResponses().containsKey("403")) {
            problems.put("The key's user may not do this.", new ApiProblem.Forbidden(Refusal.Right.ADMIN));
        }
        if (path.contains("{")) {
            problems.put("Nothing of that id in the caller's organization.", new ApiProblem.NotFound(resource));
        } else if (parameters.stream().anyMatch(parameter -> "page".equals(parameter.getName()))) {
            problems.put("A page past the last one.", new ApiProblem.InvalidPage());
        }
        if (hasBody && method == PathItem.HttpMethod.POST) {
            problems.put(
                    "A concurrent request stored the same unique value first; retrying answers the usual way.",
                    new ApiProblem.Conflict());
        }
        if (parameters.stream().anyMatch(parameter -> HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName()))) {
            problems.put(
                    "If-Match does not name the current ETag: the resource changed since it was read; nothing is "
                            + "written.",
                    new ApiProblem.PreconditionFailed());
        }
        if (hasBody) {
            problems.put("The body is over the size limit.", new ApiProblem.PayloadTooLarge());
            problems.put(
                    "The body's Content-Type is not one this operation reads.",
                    new ApiProblem.UnsupportedMediaType("text/plain"));
        }
        problems.put(
                "An unexpected error; the server's log has it under the request's X-Request-Id.",
                new ApiProblem.Internal());
        problems.put(
                "The key's organization sent more than its share of the server, or more than its rate; retry after "
                        + "the seconds Retry-After gives.",
                new ApiProblem.Throttled(Duration.ofSeconds(1)));
        problems.put(
                "The database cannot be reached; retry after the seconds Retry-After gives.",
                new ApiProblem.Unavailable());
        return problems;
    }

    private ApiResponse response(String description, ApiProblem problem) {
        var rendered = renderer.render(problem);
        var schema = new Schema<>()
                .$ref("#/components/schemas/"
                        + schemaOfStatus.apply(problem.status().value()));
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                String.valueOf(rendered.getHeaders().getContentType()),
                                new MediaType()
                                        .schema(schema)
                                        .example(json.convertValue(rendered.getBody(), Object.class))));
    }
}
