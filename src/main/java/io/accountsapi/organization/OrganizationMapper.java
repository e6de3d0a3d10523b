package io.accountsapi.organization;

import io.accountsapi.web.Links;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** Entities to the Upsun response records. */
final class OrganizationMapper {

    private OrganizationMapper() {}

    /**
     * This server's name: the vendor of what it serves, and the one namespace in which its organizations' names and its
     * usernames are unique.
     */
    static final String SERVER = "accounts-api";

    /** {@code ownerUuid}: the owner's UUID, or {@code ""} when the organization has no owner. */
    static OrganizationResponse organization(OrganizationView view, String ownerUuid) {
        var organization = view.organization();
        return new OrganizationResponse(
                organization.id(),
                organization.type(),
                ownerUuid,
                SERVER,
                organization.name(),
                organization.label(),
                view.country(),
                List.of(),
                SERVER,
                view.profileId().toString(),
                false,
                organization.securityContact(),
                organization.status(),
                organization.createdAt(),
                organization.updatedAt(),
                Links.organization(organization.id()));
    }

    static ProfileResponse profile(ProfileView view, String ownerEmail, Instant now) {
        var profile = view.profile();
        var organization = view.organization();
        var currency = BillingCurrency.forCountry(view.address().country());
        return new ProfileResponse(
                profile.id(),
                organization.label(),
                ownerEmail,
                organization.name(),
                "organization",
                profile.picture(),
                profile.companyType(),
                profile.companyName(),
                currency.getCurrencyCode(),
                profile.vatNumber(),
                profile.companyRole(),
                profile.websiteUrl(),
                profile.newUi(),
                profile.uiColorscheme(),
                profile.defaultCatalog(),
                profile.projectOptionsUrl(),
                profile.marketing(),
                profile.createdAt(),
                profile.updatedAt(),
                profile.billingContact(),
                trial(view.trial(), currency, now),
                profile.invoiced(),
                profile.customerType(),
                profile.legalEntityName(),
                Links.self("/organizations/" + organization.id() + "/profile"));
    }

    static AddressResponse address(String organizationId, Address address) {
        return new AddressResponse(
                address.country(),
                address.nameLine(),
                address.premise(),
                address.subPremise(),
                address.thoroughfare(),
                address.administrativeArea(),
                address.subAdministrativeArea(),
                address.locality(),
                address.dependentLocality(),
                address.postalCode(),
                Links.self("/organizations/" + organizationId + "/address"));
    }

    private static ProfileResponse.Trial trial(Trial trial, Currency currency, Instant now) {
        var symbol = BillingCurrency.symbol(currency);
        var remaining = trial.spendLimit().subtract(trial.currentSpend()).max(BigDecimal.ZERO);
        var projectTotal = BigDecimal.valueOf(trial.projectTotalMinor(), currency.getDefaultFractionDigits());
        return new ProfileResponse.Trial(
                trial.active() && now.isBefore(trial.expiration()),
                trial.created(),
                trial.description(),
                trial.expiration(),
                money(trial.currentSpend(), currency),
                money(trial.spendLimit(), currency),
                new ProfileResponse.SpendRemaining(
                        symbol + amount(remaining, currency),
                        amount(remaining, currency),
                        currency.getCurrencyCode(),
                        symbol,
                        trial.unlimited()),
                new ProfileResponse.Projects(
                        trial.projectId(),
                        trial.projectName(),
                        new ProfileResponse.Total(
                                trial.projectTotalMinor(),
                                currency.getCurrencyCode(),
                                symbol,
                                symbol + amount(projectTotal, currency))),
                trial.pendingVerification(),
                trial.model(),
                daysRemaining(now, trial.expiration()));
    }

    private static ProfileResponse.Money money(BigDecimal value, Currency currency) {
        var symbol = BillingCurrency.symbol(currency);
        return new ProfileResponse.Money(
                symbol + amount(value, currency), amount(value, currency), currency.getCurrencyCode(), symbol);
    }

    private static String amount(BigDecimal value, Currency currency) {
        return value.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** Whole days left, counting a started day as one; 0 once expired. */
    static long daysRemaining(Instant now, Instant expiration) {
        if (!now.isBefore(expiration)) {
            return 0;
        }
        var left = Duration.between(now, expiration);
        return left.toDays() + (left.equals(Duration.ofDays(left.toDays())) ? 0 : 1);
    }
}
