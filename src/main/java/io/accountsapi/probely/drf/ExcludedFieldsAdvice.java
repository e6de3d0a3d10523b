package io.accountsapi.probely.drf;

import java.util.Set;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractJacksonHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.ser.FilterProvider;
import tools.jackson.databind.ser.std.SimpleBeanPropertyFilter;
import tools.jackson.databind.ser.std.SimpleFilterProvider;
import tools.jackson.databind.util.RawValue;

/**
 * DRF's {@code exclude} parameter: a body that names fields to leave out ({@link ExcludesFields}) is written without
 * them here, first of the body advices, so that what follows (the ETag) sees the bytes the client gets.
 */
@RestControllerAdvice(basePackages = "io.accountsapi")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExcludedFieldsAdvice implements ResponseBodyAdvice<Object> {

    private final JsonMapper jsonMapper;

    ExcludedFieldsAdvice(JsonMapper jsonMapper) {
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
        if (body instanceof ExcludesFields excluding
                && !excluding.excludedFields().isEmpty()) {
            return new RawValue(
                    jsonMapper.writer(filters(excluding.excludedFields())).writeValueAsString(body));
        }
        return body;
    }

    private static FilterProvider filters(Set<String> excludedFields) {
        return new SimpleFilterProvider()
                .addFilter(ExcludesFields.FILTER, SimpleBeanPropertyFilter.serializeAllExcept(excludedFields));
    }

    /** Everywhere else, the filter keeps every field. */
    @Configuration(proxyBeanMethods = false)
    static class DefaultFilter {

        @Bean
        JsonMapperBuilderCustomizer everyFieldByDefault() {
            return builder -> builder.filterProvider(filters(Set.of()));
        }
    }
}
