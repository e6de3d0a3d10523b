package io.accountsapi.organization;

import io.accountsapi.user.MemberView;

/** A member of an organization, and whether they are its owner. */
public record OrganizationMember(String organizationId, MemberView member, boolean owner) {}
