package io.accountsapi.organization;

import io.accountsapi.user.UserSummary;

/** A user as the organization the caller acts in shows it: with that organization's label and country. */
public record UserInOrganization(UserSummary user, String organizationLabel, String country) {}
