package io.accountsapi.web;

import io.accountsapi.usecase.Refusal;
import io.accountsapi.usecase.Refused;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.api.OpenApiResourceNotFoundException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure of a request into an {@link ApiProblem} and has the request's dialect render it, so that
 * nothing reaches the servlet container's error page and no client ever sees a stack trace.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** Jackson names the token it met where an object was expected, e.g. {@code JsonToken.START_ARRAY}. */
    private static final Pattern TOKEN_IN_MESSAGE = Pattern.compile("JsonToken\\.([A-Z_]+)");

    private final Problems problems;

    public ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> api(ApiException e, HttpServletRequest request) {
        return render(request, e.problem());
    }

    /** The domain's refusals: those a dialect already words as a problem of HTTP's, and the rest as they are. */
    @ExceptionHandler(Refused.class)
    ResponseEntity<Object> refused(Refused e, HttpServletRequest request) {
        return render(
                request,
                switch (e.refusal()) {
                    case Refusal.NotFound refusal -> new ApiProblem.NotFound(refusal.what());
                    case Refusal.NotAllowed refusal -> new ApiProblem.Forbidden(refusal.needed());
                    case Refusal.Stale refusal -> new ApiProblem.PreconditionFailed();
                    case Refusal refusal -> new ApiProblem.Refused(refusal);
                });
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return render(
                request, BodyLimitFilter.isBodyTooLarge(e) ? new ApiProblem.PayloadTooLarge() : unreadableBody(e));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Object> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        var allowed = e.getSupportedHttpMethods();
        return render(request, new ApiProblem.MethodNotAllowed(e.getMethod(), allowed == null ? Set.of() : allowed));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Object> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        var contentType = e.getContentType() == null ? "" : e.getContentType().toString();
        return render(request, new ApiProblem.UnsupportedMediaType(contentType));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Object> notAcceptable(HttpServletRequest request) {
        return render(request, new ApiProblem.NotAcceptable());
    }

    /** No route, or an OpenAPI group that does not exist ({@code /v3/api-docs/{group}}). */
    @ExceptionHandler({NoResourceFoundException.class, OpenApiResourceNotFoundException.class})
    ResponseEntity<Object> noRoute(HttpServletRequest request) {
        return render(request, new ApiProblem.NotFound("resource"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Object> tooLarge(HttpServletRequest request) {
        return render(request, new ApiProblem.PayloadTooLarge());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> multipart(MultipartException e, HttpServletRequest request) {
        return render(request, new ApiProblem.MalformedBody("Multipart form", "the parts could not be read."));
    }

    /** Tomcat could not parse form fields: too large a body (413), too many fields or a broken encoding (400). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> formFields(InvalidParameterException e, HttpServletRequest request) {
        return render(
                request,
                e.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()
                        ? new ApiProblem.PayloadTooLarge()
                        : new ApiProblem.MalformedBody("Form", "the form fields could not be read."));
    }

    /** Spring Security's firewall refused a parameter name (e.g. one with control characters) when it was read. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(HttpServletRequest request) {
        return render(
                request,
                new ApiProblem.BadRequest("The request has a field name with characters that are not allowed."));
    }

    /** A unique value taken by a concurrent request between our check and our write. */
    @ExceptionHandler({DataIntegrityViolationException.class, OptimisticLockingFailureException.class})
    ResponseEntity<Object> conflict(Exception e, HttpServletRequest request) {
        log.info("Conflict for {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return render(request, new ApiProblem.Conflict());
    }

    /** The database is down, too slow, out of connections, or a lock wait timed out: tell the client to come back soon. */
    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        TransactionException.class,
        QueryTimeoutException.class,
        PessimisticLockingFailureException.class
    })
    ResponseEntity<Object> unavailable(Exception e, HttpServletRequest request) {
        log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return render(request, new ApiProblem.Unavailable());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            // The client closed the connection while the answer was written: nobody is left to answer.
            log.debug("Client gone during {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            return null;
        }
        log.error("Unexpected error for {} {}", request.getMethod(), request.getRequestURI(), e);
        return render(request, new ApiProblem.Internal());
    }

    private ResponseEntity<Object> render(HttpServletRequest request, ApiProblem problem) {
        return problems.render(request.getRequestURI(), problem);
    }

    private static ApiProblem unreadableBody(HttpMessageNotReadableException e) {
        if (!(e.getCause() instanceof JacksonException cause)) {
            return new ApiProblem.MalformedBody("JSON", "the request body is missing or unreadable.");
        }
        if (cause instanceof MismatchedInputException mismatch) {
            var path = mismatch.getPath();
            if (path.isEmpty()) {
                return new ApiProblem.NotAnObject(tokenMet(mismatch));
            }
            var field = path.getFirst().getPropertyName();
            if (field != null) {
                return new ApiProblem.WrongType(field, jsonType(mismatch.getTargetType()));
            }
        }
        return new ApiProblem.MalformedBody("JSON", cause.getOriginalMessage());
    }

    /** What the client sent instead of an object: Jackson's message names the token it met, the parser is closed. */
    private static JsonToken tokenMet(MismatchedInputException e) {
        var token = TOKEN_IN_MESSAGE.matcher(e.getOriginalMessage());
        return token.find() ? JsonToken.valueOf(token.group(1)) : JsonToken.NOT_AVAILABLE;
    }

    private static ApiProblem.JsonType jsonType(Class<?> target) {
        if (target == null || CharSequence.class.isAssignableFrom(target)) {
            return ApiProblem.JsonType.STRING;
        }
        if (target == Boolean.class || target == boolean.class) {
            return ApiProblem.JsonType.BOOLEAN;
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return ApiProblem.JsonType.INTEGER;
        }
        if (Number.class.isAssignableFrom(target)) {
            return ApiProblem.JsonType.NUMBER;
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return ApiProblem.JsonType.ARRAY;
        }
        return ApiProblem.JsonType.OBJECT;
    }
}
