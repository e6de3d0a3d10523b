package io.accountsapi.organization;

/** What one profile response shows of this feature's tables, read in one query. */
record ProfileRow(Profile profile, Organization organization, Address address, Trial trial) {}
