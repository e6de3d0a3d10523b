package io.accountsapi.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What a write's headers ask of it, read in one place for every handler that takes this record: {@code ifMatch}
 * (null when absent) to write only over that representation, {@code strict} when {@code Prefer: handling=strict} asks
 * for fields that cannot be changed to be refused rather than ignored. The handler documents the headers it honours
 * with {@link IfMatch} and {@link StrictHandling}.
 */
public record WriteHeaders(String ifMatch, boolean strict) {

    /** A strict client's fields that the body cannot change are refused (400), not ignored. */
    public void refuseIgnoredFields(PatchBody body) {
        if (strict && !body.ignoredFields().isEmpty()) {
            throw new ApiException(new ApiProblem.IgnoredFields(List.copyOf(body.ignoredFieldNames())));
        }
    }

    /** Binds a {@link WriteHeaders} parameter; a header sent several times counts as its values joined by commas. */
    static final class Resolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == WriteHeaders.class;
        }

        @Override
        public Object resolveArgument(
                MethodParameter parameter,
                ModelAndViewContainer mavContainer,
                NativeWebRequest request,
                WebDataBinderFactory binderFactory) {
            return new WriteHeaders(
                    header(request, HttpHeaders.IF_MATCH), PreferHeader.isStrict(header(request, PreferHeader.NAME)));
        }

        private static String header(NativeWebRequest request, String name) {
            var values = request.getHeaderValues(name);
            return values == null ? null : String.join(",", values);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration implements WebMvcConfigurer {

        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(new Resolver());
        }
    }
}
