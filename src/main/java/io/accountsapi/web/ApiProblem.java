package io.accountsapi.web;

import io.accountsapi.usecase.Refusal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JsonToken;

/**
 * What went wrong, independent of how a dialect words it. Validation messages are already in the dialect's
 * words (they come from its request records); everything else is worded by {@link ProblemRenderer}s.
 */
public sealed interface ApiProblem {

    HttpStatus status();

    record NotAuthenticated() implements ApiProblem {
        public HttpStatus status() {
            return HttpStatus.UNAUTHORIZED;
        }
    }

    record BadCredentials() implements ApiProblem {
        public HttpStatus status() {
            return HttpStatus.UNAUTHORIZED;
        }
    }

    /** {@code needed} says which right was missing, for the dialects that explain; null when nothing says. */
    record Forbidden(Refusal.Right needed) implements ApiProblem {
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }
    }

    /** {@code what} names the kind of resource that was not found. */
    record NotFound(String what) implements ApiProblem {
        public HttpStatus status() {
            return HttpStatus.NOT_FOUND;
        }
    }

    /** A page number past the end or not a page number at all (DRF answers this with 404). */
    record InvalidPage() implements ApiProblem {
        public HttpStatus status() {
            return HttpStatus.NOT_FOUND;
        }
    }

    record MethodNotAllowed(String method, Set<HttpMethod> allowed) implements ApiProblem {
        public HttpStatus status() {
            return HttpStatus.METHOD_NOT_ALLOWED;
        }
    }

    /** The client accepts no media type this server answers in. */
    record NotAcceptable() implements ApiProblem {
        public HttpStatus status() {
            return HttpStatus.NOT_ACCEPTABLE;
        }
    }

    record UnsupportedMediaType(String contentType) implements ApiProblem {
        public HttpStatus status() {
            return HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        }
    }

    /**
     * Field name (as the client spells it) to its errors, in the dialect's words: a list of messages, or for nested
     * input (DRF) the nested errors, e.g. a list aligned with the items sent.
     */
    record Invalid(Map<String, ?> fieldErrors) implements ApiProblem {
        public HttpStatus status() {
            return HttpStatus.BAD_REQUEST;
        }
    }

    /** A field whose JSON type is not the one expected, e.g. a number where a string belongs. */
    record WrongType(String field, JsonType expected) implements ApiProblem {
        public HttpStatus status() {
            return HttpStatus.BAD_REQUEST;
        }
    }

    /** The body is valid JSON but not an object: {@code actual} is what it starts with. */
    record NotAnObject(JsonToken actual) implements ApiProblem {
        public HttpStatus status() {
            return HttpStatus.BAD_REQUEST;
        }
    }

    /** A body that could not be parsed; {@code format} names what it was read as ("JSON", "Multipart form", "Form"). */
    record MalformedBody(String format, String reason) implements ApiProblem {
        public HttpStatus status() {
            return HttpStatus.BAD_REQUEST;
        }
    }

    /** A request refused before its body was read: an unacceptable request line or header. */
    record BadRequest(String reason) implements ApiProblem {
        public HttpStatus status() {
            return HttpStatus.BAD_REQUEST;
        }
    }

    /** Fields that a strict client ({@code Prefer: handling=strict}) sent but that this request cannot change. */
    record IgnoredFields(List<String> fields) implements ApiProblem {
        public HttpStatus status() {
            return HttpStatus.BAD_REQUEST;
        }
    }

    /** A body the domain refused for what it means (a value another holds, ...), worded by each dialect. */
    record Refused(Refusal refusal) implements ApiProblem {
        public HttpStatus status() {
            return HttpStatus.BAD_REQUEST;
        }
    }

    /** If-Match named a representation that is no longer the current one. */
    record PreconditionFailed() implements ApiProblem {
        public HttpStatus status() {
            return HttpStatus.PRECONDITION_FAILED;
        }
    }

    /** A concurrent write won a race on a unique value (e.g. two creations of one e-mail): retrying resolves it. */
    record Conflict() implements ApiProblem {
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }
    }

    /** A body or a part of it over the limits. */
    record PayloadTooLarge() implements ApiProblem {
        public HttpStatus status() {
            return HttpStatus.CONTENT_TOO_LARGE;
        }
    }

    /**
     * Its organization sent more than its share of the server, or more than a rate allows: {@code retryAfter} says
     * when a retry may pass, in whole seconds as {@code Retry-After} gives it.
     */
    record Throttled(Duration retryAfter) implements ApiProblem {
        public HttpStatus status() {
            return HttpStatus.TOO_MANY_REQUESTS;
        }

        /** Whole seconds, rounded up, at least one. */
        public long retryAfterSeconds() {
            return Math.max(1, Math.ceilDiv(retryAfter.toNanos(), 1_000_000_000L));
        }
    }

    /** Every request slot stayed taken until the request's deadline. */
    record Busy() implements ApiProblem {
        public HttpStatus status() {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
    }

    record Unavailable() implements ApiProblem {
        public HttpStatus status() {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
    }

    record Internal() implements ApiProblem {
        public HttpStatus status() {
            return HttpStatus.INTERNAL_SERVER_ERROR;
        }
    }

    enum JsonType {
        STRING,
        BOOLEAN,
        INTEGER,
        NUMBER,
        OBJECT,
        ARRAY
    }
}
