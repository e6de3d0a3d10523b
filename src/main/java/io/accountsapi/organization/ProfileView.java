package io.accountsapi.organization;

/** Everything one profile response shows, read in one query. */
record ProfileView(Profile profile, Organization organization, Address address, Trial trial, String ownerEmail) {}
