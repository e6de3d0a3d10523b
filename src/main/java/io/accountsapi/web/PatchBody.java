package io.accountsapi.web;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/** A write's body that keeps the fields it cannot change, by name, rather than failing on them. */
public interface PatchBody {

    /** Fields sent that this body cannot change (read-only or unknown), by name. */
    Map<String, Object> ignoredFields();

    default SortedSet<String> ignoredFieldNames() {
        return new TreeSet<>(ignoredFields().keySet());
    }
}
