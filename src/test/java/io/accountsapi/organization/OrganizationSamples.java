package io.accountsapi.organization;

import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/** What the organization domain answers, as new organizations start, for the tests of the edges that map it. */
public final class OrganizationSamples {

    private OrganizationSamples() {}

    public static OrganizationDetails organization(String id, UUID ownerId, Instant at) {
        return new OrganizationDetails(
                new Organization(id, "example", "Example", at), "DE", UUID.randomUUID(), ownerId);
    }

    public static ProfileDetails profile(String organizationId, Instant at) {
        return new ProfileDetails(
                new Profile(organizationId, at),
                new Organization(organizationId, "example", "Example", at),
                new Address(organizationId, at),
                new Trial(organizationId, at),
                Currency.getInstance("USD"),
                "a@example.com",
                at);
    }
}
