package io.accountsapi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.mock.web.MockHttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/** A client that leaves while its answer is written gets no error answer; any other surprise is a 500. */
class ApiExceptionHandlerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler(new Problems(
            List.of(new ProblemRenderer() {
                @Override
                public boolean claims(String path) {
                    return true;
                }

                @Override
                public ResponseEntity<Object> render(ApiProblem problem) {
                    return ResponseEntity.status(problem.status())
                            .body(problem.getClass().getSimpleName());
                }
            }),
            JsonMapper.builder().build()));

    @Test
    void aClientGoneMidAnswerIsNoServerError() {
        var request = new MockHttpServletRequest("GET", "/users/");

        var gone = handler.unexpected(
                new HttpMessageNotWritableException("Could not write JSON", new IOException("Broken pipe")), request);
        var bug = handler.unexpected(new IllegalStateException("bug"), request);

        assertThat(gone).isNull();
        assertThat(bug.getStatusCode().value()).isEqualTo(500);
        assertThat(bug.getBody()).isEqualTo("Internal");
    }
}
