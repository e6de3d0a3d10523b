package io.accountsapi.probely.drf;

import io.accountsapi.web.PatchBody;
import java.util.Map;

/**
 * A request body of the users dialect, bound as Django REST Framework reads one: a value of the wrong JSON type does
 * not stop the binding but is kept as an error of its field ({@link #unreadable}, by JSON pointer), so that the
 * service can check existence and rights first and then answer every field's error at once ({@link DrfValidator}).
 */
public interface DrfBody<T extends DrfBody<T>> extends PatchBody {

    /** JSON pointer of each value that could not be read (e.g. {@code /labels/1/name}) to DRF's message for it. */
    Map<String, String> unreadable();

    T withUnreadable(Map<String, String> unreadable);
}
