package io.accountsapi.web;

import org.springframework.http.ResponseEntity;

/**
 * Words and shapes a problem as one dialect does. One implementation per dialect holds its whole error style and
 * claims the paths that dialect serves; they are asked in their {@link org.springframework.core.annotation.Order}.
 */
public interface ProblemRenderer {

    boolean claims(String path);

    ResponseEntity<Object> render(ApiProblem problem);
}
