package io.accountsapi.organization;

import io.accountsapi.user.Permission;
import java.util.Set;
import java.util.UUID;

/** A person to add to an organization, by UUID (null until the body's check has passed), with what they may do. */
public record NewMember(UUID personId, Set<Permission> permissions) {}
