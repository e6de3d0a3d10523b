package io.accountsapi.organization;

/** An organization's address, with the organization's id. */
public record AddressDetails(String organizationId, AddressView address) {}
