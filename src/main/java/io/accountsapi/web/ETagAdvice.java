package io.accountsapi.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractJacksonHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts a strong ETag on every successful resource response of this application's controllers, and answers a GET whose
 * If-None-Match names it with 304 and no body. The body is serialized once, here, and these bytes, whose digest the tag
 * is, are written as they are; the JSON converter then has nothing left to write.
 */
@RestControllerAdvice(basePackages = "io.accountsapi")
class ETagAdvice implements ResponseBodyAdvice<Object> {

    private final ETags etags;
    private final JsonMapper jsonMapper;

    ETagAdvice(ETags etags, JsonMapper jsonMapper) {
        this.etags = etags;
        this.jsonMapper = jsonMapper;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return AbstractJacksonHttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body == null
                || !(response instanceof ServletServerHttpResponse servlet)
                || !HttpStatus.valueOf(servlet.getServletResponse().getStatus()).is2xxSuccessful()) {
            return body;
        }
        var json = jsonMapper.writeValueAsBytes(body);
        var etag = etags.of(json);
        response.getHeaders().setETag(etag);
        var ifNoneMatch = request.getHeaders().getFirst(HttpHeaders.IF_NONE_MATCH);
        var safe = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (safe && ifNoneMatch != null && ETags.matches(ifNoneMatch, etag, true)) {
            response.setStatusCode(HttpStatus.NOT_MODIFIED);
            return null;
        }
        response.getHeaders().setContentType(contentType);
        response.getHeaders().setContentLength(json.length);
        try {
            response.getBody().write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }
}
