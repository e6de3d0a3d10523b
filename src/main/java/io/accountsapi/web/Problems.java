package io.accountsapi.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Renders a problem in the dialect a path belongs to, for controllers (as a response) and filters (to the servlet). */
@Component
public class Problems {

    private final Map<Dialect, ProblemRenderer> renderers = new EnumMap<>(Dialect.class);
    private final JsonMapper jsonMapper;

    public Problems(List<ProblemRenderer> renderers, JsonMapper jsonMapper) {
        renderers.forEach(renderer -> this.renderers.put(renderer.dialect(), renderer));
        this.jsonMapper = jsonMapper;
    }

    public ResponseEntity<Object> render(String path, ApiProblem problem) {
        return renderers.get(Dialect.forPath(path)).render(problem);
    }

    public void write(String path, ApiProblem problem, HttpServletResponse response) throws IOException {
        var entity = render(path, problem);
        response.resetBuffer();
        response.setStatus(entity.getStatusCode().value());
        entity.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        jsonMapper.writeValue(response.getOutputStream(), entity.getBody());
    }
}
