package io.accountsapi.user;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Form bodies (urlencoded and multipart), which the users dialect accepts as DRF does, become the JSON a client
 * would have sent ({@code labels[0]name} becomes {@code {"labels": [{"name": ...}]}}) before the {@code @RequestBody}
 * is bound, so that each handler has one body record, read and validated the same whatever the encoding.
 */
@Configuration(proxyBeanMethods = false)
class FormBodies {

    /** {@code labels[0]name}, {@code labels[0][name]}, {@code labels[0].name}: a name, then indexes and keys. */
    private static final Pattern FORM_KEY_PART = Pattern.compile("\\[([^\\]]*)\\]|\\.?([^.\\[\\]]+)");
    /** Bounds what a form can make the tree grow to: far above any valid body, far below harm. */
    private static final int MAX_FORM_INDEX = 1000;

    @Bean
    static BeanPostProcessor formBodiesReadAsJson(ObjectProvider<JsonMapper> jsonMapper) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
                    var resolvers = new ArrayList<>(adapter.getArgumentResolvers());
                    resolvers.replaceAll(resolver -> resolver instanceof RequestResponseBodyMethodProcessor body
                            ? new FormAsJson(body, jsonMapper) : resolver);
                    adapter.setArgumentResolvers(resolvers);
                }
                return bean;
            }
        };
    }

    /** A form as the same tree a JSON body would give; the last value of a repeated key wins, as in Django. */
    static JsonNode tree(Map<String, String[]> form) {
        Map<Object, Object> root = new LinkedHashMap<>();
        form.forEach((key, values) -> {
            var value = values.length == 0 ? "" : values[values.length - 1];
            var path = formKeyPath(key);
            if (path.equals(List.of("labels")) && value.isEmpty()) {
                root.put("labels", new TreeMap<>());
            } else if (!path.isEmpty()) {
                put(root, path, value);
            }
        });
        return toJson(root);
    }

    private static List<Object> formKeyPath(String key) {
        List<Object> path = new ArrayList<>();
        var matcher = FORM_KEY_PART.matcher(key);
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            var part = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            if (!path.isEmpty() && part.matches("\\d+")) {
                if (part.length() > 4 || Integer.parseInt(part) >= MAX_FORM_INDEX) {
                    return List.of();
                }
                path.add(Integer.parseInt(part));
            } else {
                path.add(part);
            }
            end = matcher.end();
        }
        return end == key.length() ? path : List.of(key);
    }

    /**
     * Puts a value at a path of keys (an object, kept as a {@link LinkedHashMap}) and indexes (an array, kept as a
     * {@link TreeMap} so that sparse indexes come out in order).
     */
    @SuppressWarnings("unchecked")
    private static void put(Map<Object, Object> root, List<Object> path, String value) {
        Map<Object, Object> node = root;
        for (int i = 0; i < path.size() - 1; i++) {
            var isArray = path.get(i + 1) instanceof Integer;
            var next = node.computeIfAbsent(path.get(i), key -> isArray ? new TreeMap<>() : new LinkedHashMap<>());
            if (!(next instanceof Map<?, ?>) || (next instanceof TreeMap<?, ?>) != isArray) {
                return;
            }
            node = (Map<Object, Object>) next;
        }
        node.put(path.getLast(), value);
    }

    private static JsonNode toJson(Object value) {
        if (value instanceof TreeMap<?, ?> indexed) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            indexed.values().forEach(item -> array.add(toJson(item)));
            return array;
        }
        if (value instanceof Map<?, ?> object) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            object.forEach((key, item) -> node.set(String.valueOf(key), toJson(item)));
            return node;
        }
        return JsonNodeFactory.instance.stringNode((String) value);
    }

    /** Reads a form body as the JSON of its tree, with the JSON body reader and its converters and advice. */
    private record FormAsJson(RequestResponseBodyMethodProcessor json, ObjectProvider<JsonMapper> jsonMapper)
            implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return json.supportsParameter(parameter);
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                      NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws Exception {
            var request = webRequest.getNativeRequest(HttpServletRequest.class);
            if (request == null || !isForm(request.getContentType())) {
                return json.resolveArgument(parameter, mavContainer, webRequest, binderFactory);
            }
            var body = jsonMapper.getObject().writeValueAsBytes(tree(request.getParameterMap()));
            var asJson = new ServletWebRequest(new JsonBody(request, body),
                    webRequest.getNativeResponse(HttpServletResponse.class));
            return json.resolveArgument(parameter, mavContainer, asJson, binderFactory);
        }

        private static boolean isForm(String contentType) {
            if (contentType == null) {
                return false;
            }
            var type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_FORM_URLENCODED.includes(type) || MediaType.MULTIPART_FORM_DATA.includes(type);
        }
    }

    /** The request as if it had come with the given JSON body. */
    private static final class JsonBody extends HttpServletRequestWrapper {

        private final byte[] body;

        JsonBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public String getContentType() {
            return MediaType.APPLICATION_JSON_VALUE;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? getContentType()
                    : HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) ? String.valueOf(body.length) : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            var value = getHeader(name);
            return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) || HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)
                    ? Collections.enumeration(List.of(value)) : super.getHeaders(name);
        }

        @Override
        public ServletInputStream getInputStream() {
            var bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("A form read as JSON is read at once.");
                }
            };
        }
    }
}
