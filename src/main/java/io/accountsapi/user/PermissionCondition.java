package io.accountsapi.user;

import java.util.Set;

/** A member passes when it holds one of {@code anyOf}, or, when {@code held} is false, none of them. */
public record PermissionCondition(boolean held, Set<Permission> anyOf) {}
