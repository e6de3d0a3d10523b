package io.accountsapi.organization;

/** An organization with the country of its address, read in one query. */
record OrganizationView(Organization organization, String country) {}
