package io.accountsapi.web;

import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.openapitools.jackson.nullable.JsonNullable;

/** A write's body that keeps the fields it cannot change, by name, rather than failing on them. */
public interface PatchBody {

    /** Fields sent that this body cannot change (read-only or unknown), by name. */
    Map<String, Object> ignoredFields();

    default SortedSet<String> ignoredFieldNames() {
        return new TreeSet<>(ignoredFields().keySet());
    }

    /**
     * A field as the domain's changes take it, read before the body is checked (rights are decided first): sent, or
     * none when not sent or sent as null, which the body's check refuses.
     */
    static <T> Optional<T> sent(JsonNullable<T> field) {
        return Optional.ofNullable(field.orElse(null));
    }
}
