package io.accountsapi.probely.drf;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import io.accountsapi.web.PythonTypes;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * How the users dialect reads a body, as Django REST Framework does: text fields take strings and numbers (trimmed),
 * booleans take DRF's spellings, choices take any value as Python prints it, and a value of the wrong JSON type is
 * not a failure of the whole body but an error of its field, kept in the {@link DrfBody} by JSON pointer. Applies
 * only while a {@link DrfBody} is being read; every other body is read as strictly as before.
 */
@Configuration(proxyBeanMethods = false)
public class DrfBinding {

    /** The errors of the body being read, as a per-call attribute of Jackson's context. */
    private static final Object UNREADABLE = DrfBinding.class;

    private static final Set<String> TRUE_VALUES =
            Set.of("t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "1");
    private static final Set<String> FALSE_VALUES =
            Set.of("f", "F", "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF", "0");

    @Bean
    JsonMapperBuilderCustomizer drfBodies() {
        return builder -> builder.addModule(new SimpleModule("drf-bodies").setDeserializerModifier(new BodyModifier()))
                .addHandler(new UnreadableValues());
    }

    /** DRF's CharField: a string or a number as its text, trimmed. */
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonDeserialize(contentUsing = Text.class)
    public @interface DrfText {}

    /** DRF's BooleanField: JSON booleans, 1 and 0, and the usual spellings. */
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonDeserialize(contentUsing = Flag.class)
    public @interface DrfBoolean {}

    /** DRF's ChoiceField: any value, as Python's {@code str()} shows it, to be checked against the choices. */
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @JacksonAnnotationsInside
    @JsonDeserialize(contentUsing = ChoiceText.class)
    public @interface DrfChoice {}

    /** A DRF boolean written as text (a form field, a query parameter); null when it is none of the spellings. */
    public static Boolean parseBoolean(String text) {
        return TRUE_VALUES.contains(text) ? Boolean.TRUE : FALSE_VALUES.contains(text) ? Boolean.FALSE : null;
    }

    static final class Text extends StdDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            return switch (p.currentToken()) {
                case VALUE_STRING -> p.getString().strip();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                    ctxt.readTree(p).asString().strip();
                default -> unreadable(p, ctxt, "", DrfMessages.NOT_A_STRING);
            };
        }
    }

    static final class Flag extends StdDeserializer<Boolean> {

        Flag() {
            super(Boolean.class);
        }

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) {
            Boolean value = switch (p.currentToken()) {
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                    p.getDoubleValue() == 1 ? Boolean.TRUE : p.getDoubleValue() == 0 ? Boolean.FALSE : null;
                case VALUE_STRING -> parseBoolean(p.getString());
                default -> null;
            };
            return value != null ? value : unreadable(p, ctxt, "", DrfMessages.NOT_A_BOOLEAN);
        }
    }

    static final class ChoiceText extends StdDeserializer<String> {

        ChoiceText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            return switch (p.currentToken()) {
                case VALUE_STRING -> p.getString();
                case VALUE_TRUE -> "True";
                case VALUE_FALSE -> "False";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ctxt.readTree(p).asString();
                default -> ctxt.readTree(p).toString();
            };
        }
    }

    /**
     * Records why the value at the parser's position cannot be read, skips it, and stands null in for it; outside a
     * {@link DrfBody}, fails as Jackson would.
     */
    private static <T> T unreadable(JsonParser p, DeserializationContext ctxt, String suffix, String message) {
        @SuppressWarnings("unchecked")
        var errors = (Map<String, String>) ctxt.getAttribute(UNREADABLE);
        if (errors == null) {
            return ctxt.reportInputMismatch(String.class, message);
        }
        errors.putIfAbsent(p.streamReadContext().pathAsPointer() + suffix, message);
        p.skipChildren();
        return null;
    }

    /** Lists and nested objects of the wrong JSON type, with DRF's messages. */
    private static final class UnreadableValues extends DeserializationProblemHandler {

        @Override
        public Object handleUnexpectedToken(
                DeserializationContext ctxt, JavaType targetType, JsonToken token, JsonParser p, String failureMsg) {
            if (ctxt.getAttribute(UNREADABLE) == null) {
                return NOT_HANDLED;
            }
            if (Collection.class.isAssignableFrom(targetType.getRawClass())) {
                return unreadable(p, ctxt, "", DrfMessages.notAList(PythonTypes.nameOf(token)));
            }
            return targetType.isRecordType() ? notADictionary(p, ctxt) : NOT_HANDLED;
        }

        @Override
        public Object handleMissingInstantiator(
                DeserializationContext ctxt,
                Class<?> instClass,
                ValueInstantiator valueInsts,
                JsonParser p,
                String msg) {
            return ctxt.getAttribute(UNREADABLE) != null && instClass.isRecord()
                    ? notADictionary(p, ctxt)
                    : NOT_HANDLED;
        }

        private static Object notADictionary(JsonParser p, DeserializationContext ctxt) {
            return unreadable(
                    p,
                    ctxt,
                    "/" + DrfMessages.NON_FIELD_ERRORS,
                    DrfMessages.notADictionary(PythonTypes.nameOf(p.currentToken())));
        }
    }

    private static final class BodyModifier extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
            return DrfBody.class.isAssignableFrom(beanDesc.getBeanClass())
                    ? new BodyDeserializer(deserializer, beanDesc.getType())
                    : deserializer;
        }
    }

    /** Collects the errors of one body while it is read, and hands them to it; a body that is not an object is one. */
    private static final class BodyDeserializer extends DelegatingDeserializer {

        private final JavaType type;

        BodyDeserializer(ValueDeserializer<?> delegate, JavaType type) {
            super(delegate);
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
            return new BodyDeserializer(newDelegatee, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (ctxt.getAttribute(UNREADABLE) != null) {
                return super.deserialize(p, ctxt);
            }
            Map<String, String> errors = new LinkedHashMap<>();
            ctxt.setAttribute(UNREADABLE, errors);
            Object body;
            if (p.currentToken() == JsonToken.START_OBJECT) {
                body = super.deserialize(p, ctxt);
            } else {
                errors.put(
                        "/" + DrfMessages.NON_FIELD_ERRORS,
                        DrfMessages.notADictionary(PythonTypes.nameOf(p.currentToken())));
                p.skipChildren();
                body = ctxt.readTreeAsValue(ctxt.getNodeFactory().objectNode(), type);
            }
            ctxt.setAttribute(UNREADABLE, null);
            return ((DrfBody<?>) body).withUnreadable(Collections.unmodifiableMap(errors));
        }

        /** A body that is JSON {@code null}. */
        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            Map<String, String> errors =
                    Map.of("/" + DrfMessages.NON_FIELD_ERRORS, DrfMessages.notADictionary("NoneType"));
            ctxt.setAttribute(UNREADABLE, new LinkedHashMap<>());
            var body = (DrfBody<?>) ctxt.readTreeAsValue(ctxt.getNodeFactory().objectNode(), type);
            ctxt.setAttribute(UNREADABLE, null);
            return body.withUnreadable(errors);
        }
    }
}
