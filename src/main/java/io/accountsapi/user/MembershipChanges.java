package io.accountsapi.user;

import java.util.List;
import java.util.Optional;

/**
 * What a write changes of a membership; an empty field is left as it is, and {@code labels} replaces the whole label
 * list. {@code sendsAccess}: whether the client sent what only an Admin may change (whether active, the labels),
 * whatever the values, since rights are decided before the values are checked.
 */
public record MembershipChanges(
        Optional<String> name,
        Optional<String> title,
        Optional<Boolean> active,
        Optional<List<LabelName>> labels,
        boolean sendsAccess) {}
