package io.accountsapi.drf;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A request body of the users dialect, bound as Django REST Framework reads one: a value of the wrong JSON type does
 * not stop the binding but is kept as an error of its field ({@link #unreadable}, by JSON pointer), so that the
 * service can check existence and rights first and then answer every field's error at once ({@link DrfValidator}).
 */
public interface DrfBody<T extends DrfBody<T>> {

    /** JSON pointer of each value that could not be read (e.g. {@code /labels/1/name}) to DRF's message for it. */
    Map<String, String> unreadable();

    /** Fields sent that this body cannot change (read-only or unknown), by name. */
    Map<String, Object> ignoredFields();

    T withUnreadable(Map<String, String> unreadable);

    default SortedSet<String> ignoredFieldNames() {
        return new TreeSet<>(ignoredFields().keySet());
    }
}
