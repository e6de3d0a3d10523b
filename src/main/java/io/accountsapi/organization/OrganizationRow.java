package io.accountsapi.organization;

import java.util.UUID;

/** An organization with the country of its address and its profile's id, read in one query. */
record OrganizationRow(Organization organization, String country, UUID profileId) {}
