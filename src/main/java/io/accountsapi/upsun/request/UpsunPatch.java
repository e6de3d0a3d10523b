package io.accountsapi.upsun.request;

import io.accountsapi.web.PatchBody;
import java.util.Optional;
import org.openapitools.jackson.nullable.JsonNullable;

/** A PATCH body of Upsun's dialect, and the domain's changes it asks for once valid. */
public interface UpsunPatch<C> extends PatchBody {

    C changes();

    /** A field sent as a change; one not sent, or sent as null (which the body's check refuses), as none. */
    static <T> Optional<T> sent(JsonNullable<T> field) {
        return field.isPresent() ? Optional.ofNullable(field.get()) : Optional.empty();
    }
}
