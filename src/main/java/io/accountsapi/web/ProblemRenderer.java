package io.accountsapi.web;

import org.springframework.http.ResponseEntity;

/** Words and shapes a problem as one dialect does. One implementation per dialect holds its whole error style. */
public interface ProblemRenderer {

    Dialect dialect();

    ResponseEntity<Object> render(ApiProblem problem);
}
