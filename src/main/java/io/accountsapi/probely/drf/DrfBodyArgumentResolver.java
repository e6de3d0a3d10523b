package io.accountsapi.probely.drf;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binds a handler's {@link DrfBody} parameter to the request body, whatever its encoding: JSON as it comes, forms
 * (urlencoded and multipart) as the tree a JSON body would have given ({@link FormBodies}), so that each write has one
 * handler and one body record, read and validated the same way. An empty body is an empty object.
 */
public final class DrfBodyArgumentResolver implements HandlerMethodArgumentResolver {

    private static final List<MediaType> FORMS =
            List.of(MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA);
    private static final byte[] EMPTY_OBJECT = {'{', '}'};

    private final JsonMapper jsonMapper;

    DrfBodyArgumentResolver(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return DrfBody.class.isAssignableFrom(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        var request = webRequest.getNativeRequest(HttpServletRequest.class);
        var reader = jsonMapper.readerFor(jsonMapper.constructType(parameter.getGenericParameterType()));
        try {
            if (isForm(request.getContentType())) {
                return reader.readValue(FormBodies.tree(request.getParameterMap()));
            }
            var json = request.getInputStream().readAllBytes();
            return reader.readValue(json.length == 0 ? EMPTY_OBJECT : json);
        } catch (JacksonException | IOException e) {
            // As Spring MVC's own body reading fails, so that the answer is the same: 400, or 413 past the body limit.
            throw new HttpMessageNotReadableException(e.getMessage(), e, new ServletServerHttpRequest(request));
        }
    }

    private static boolean isForm(String contentType) {
        return contentType != null && FORMS.stream().anyMatch(MediaType.parseMediaType(contentType)::isCompatibleWith);
    }

    @Configuration(proxyBeanMethods = false)
    public static class Registration implements WebMvcConfigurer {

        private final JsonMapper jsonMapper;

        Registration(JsonMapper jsonMapper) {
            this.jsonMapper = jsonMapper;
        }

        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(new DrfBodyArgumentResolver(jsonMapper));
        }
    }
}
