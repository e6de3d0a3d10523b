package io.accountsapi.upsun.response;

import io.accountsapi.organization.AddressDetails;
import io.accountsapi.organization.OrganizationDetails;
import io.accountsapi.organization.OrganizationMember;
import io.accountsapi.organization.ProfileDetails;
import io.accountsapi.organization.TrialView;
import io.accountsapi.organization.UserInOrganization;
import io.accountsapi.user.UserSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** The domain's answers to Upsun's response records. */
public final class UpsunMapper {

    private UpsunMapper() {}

    /**
     * This server's name: the vendor of what it serves, and the one namespace in which its organizations' names and its
     * usernames are unique.
     */
    public static final String SERVER = "accounts-api";

    /** The owner is named by UUID, or {@code ""} when the organization has none. */
    public static OrganizationResponse organization(OrganizationDetails view) {
        var organization = view.organization();
        return new OrganizationResponse(
                organization.id(),
                organization.type(),
                view.ownerId() == null ? "" : view.ownerId().toString(),
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

    public static ProfileResponse profile(ProfileDetails view) {
        var profile = view.profile();
        var organization = view.organization();
        var currency = view.currency();
        return new ProfileResponse(
                profile.id(),
                organization.label(),
                view.ownerEmail(),
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
                trial(view.trial(), currency, view.readAt()),
                profile.invoiced(),
                profile.customerType(),
                profile.legalEntityName(),
                Links.self("/organizations/" + organization.id() + "/profile"));
    }

    public static AddressResponse address(AddressDetails details) {
        var address = details.address();
        var organizationId = details.organizationId();
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

    public static MemberResponse member(OrganizationMember member) {
        return MemberResponse.of(member);
    }

    public static UpsunUserResponse user(UserInOrganization user) {
        return UpsunUserResponse.of(user);
    }

    public static UserReference reference(UserSummary user) {
        return UserReference.of(user);
    }

    /** The organizations that pass the filter, at {@code path}. */
    public static OrganizationList organizations(
            String path, Optional<OrganizationDetails> organizations, Predicate<OrganizationResponse> filter) {
        var items = organizations.map(UpsunMapper::organization).filter(filter).stream()
                .toList();
        return new OrganizationList(items.size(), items, Links.self(path));
    }

    private static ProfileResponse.Trial trial(TrialView trial, Currency currency, Instant now) {
        var symbol = symbol(currency);
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
        var symbol = symbol(currency);
        return new ProfileResponse.Money(
                symbol + amount(value, currency), amount(value, currency), currency.getCurrencyCode(), symbol);
    }

    private static String symbol(Currency currency) {
        return currency.getSymbol(Locale.US);
    }

    private static String amount(BigDecimal value, Currency currency) {
        return value.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** Whole days left, counting a started day as one; 0 once expired. */
    public static long daysRemaining(Instant now, Instant expiration) {
        if (!now.isBefore(expiration)) {
            return 0;
        }
        var left = Duration.between(now, expiration);
        return left.toDays() + (left.equals(Duration.ofDays(left.toDays())) ? 0 : 1);
    }
}
