package io.accountsapi.user;

import java.util.List;
import java.util.SortedSet;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * A validated user write, whatever encoding it came in: each field is undefined when the client did not send it.
 * {@code ignoredFields} are the fields sent that this write cannot change (read-only or unknown).
 */
record UserChanges(JsonNullable<String> email, JsonNullable<String> name, JsonNullable<String> title,
                   JsonNullable<Boolean> active, JsonNullable<List<LabelInput>> labels,
                   JsonNullable<List<RoleInput>> userRoles, SortedSet<String> ignoredFields) {

    /** A label as sent: matched by name; {@code color} is null when not sent (an existing label keeps its color). */
    record LabelInput(String name, String color) {
    }

    record RoleInput(String roleId, String tier, String teamId, String targetId) {
    }
}
