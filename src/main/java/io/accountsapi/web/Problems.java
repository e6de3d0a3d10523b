package io.accountsapi.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Renders a problem in the dialect a path belongs to, for controllers (as a response) and filters (to the servlet). */
@Component
public class Problems {

    private final List<ProblemRenderer> renderers;
    private final JsonMapper jsonMapper;

    public Problems(List<ProblemRenderer> renderers, JsonMapper jsonMapper) {
        this.renderers = List.copyOf(renderers);
        this.jsonMapper = jsonMapper;
    }

    public ResponseEntity<Object> render(String path, ApiProblem problem) {
        return renderers.stream()
                .filter(renderer -> renderer.claims(path))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No dialect claims " + path))
                .render(problem);
    }

    public void write(String path, ApiProblem problem, HttpServletResponse response) throws IOException {
        var entity = render(path, problem);
        response.resetBuffer();
        response.setStatus(entity.getStatusCode().value());
        entity.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        jsonMapper.writeValue(response.getOutputStream(), entity.getBody());
    }
}
