package io.accountsapi.upsun.response;

import io.accountsapi.organization.AddressDetails;
import io.accountsapi.organization.OrganizationDetails;
import io.accountsapi.organization.OrganizationMember;
import io.accountsapi.organization.ProfileDetails;
import io.accountsapi.organization.TrialView;
import io.accountsapi.organization.UserInOrganization;
import io.accountsapi.user.Permission;
import io.accountsapi.user.UserSummary;
import io.accountsapi.web.ResponseMapping;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/**
 * The domain's answers to Upsun's response records. A component of the same name as the domain's is copied without a
 * line here; a component that no source fills fails the build.
 */
@Mapper(config = ResponseMapping.class, imports = List.class)
public interface UpsunMapper {

    /**
     * This server's name: the vendor of what it serves, and the one namespace in which its organizations' names and its
     * usernames are unique.
     */
    String SERVER = "accounts-api";

    /** The owner is named by UUID, or {@code ""} when the organization has none. */
    @Mapping(target = ".", source = "organization")
    @Mapping(target = "ownerId", defaultValue = "")
    @Mapping(target = "namespace", constant = SERVER)
    @Mapping(target = "vendor", constant = SERVER)
    @Mapping(target = "capabilities", expression = "java(List.of())")
    @Mapping(target = "billingProfileId", source = "profileId")
    @Mapping(target = "billingLegacy", constant = "false")
    @Mapping(target = "links", source = "organization.id", qualifiedByName = "organizationLinks")
    OrganizationResponse organization(OrganizationDetails details);

    @Mapping(target = ".", source = "profile")
    @Mapping(target = "displayName", source = "organization.label")
    @Mapping(target = "email", source = "ownerEmail")
    @Mapping(target = "username", source = "organization.name")
    @Mapping(target = "type", constant = "organization")
    @Mapping(target = "currency", source = "currency.currencyCode")
    @Mapping(target = "currentTrial", source = "details", qualifiedByName = "currentTrial")
    @Mapping(target = "customerType", source = "profile.customerType", qualifiedByName = "unsetAsNull")
    @Mapping(target = "links", source = "organization.id", qualifiedByName = "profileLinks")
    ProfileResponse profile(ProfileDetails details);

    @Mapping(target = ".", source = "address")
    @Mapping(target = "links", source = "organizationId", qualifiedByName = "addressLinks")
    AddressResponse address(AddressDetails details);

    /** Upsun names a member by its person's UUID, and reads its rights both as permissions and as a level. */
    @Mapping(target = "id", source = "member.uuid")
    @Mapping(target = "userId", source = "member.uuid")
    @Mapping(target = "permissions", source = "member.permissions", qualifiedByName = "permissions")
    @Mapping(target = "level", source = "member.permissions", qualifiedByName = "level")
    @Mapping(target = "createdAt", source = "member.createdAt")
    @Mapping(target = "updatedAt", source = "member.updatedAt")
    @Mapping(target = "links", source = "organizationMember", qualifiedByName = "memberLinks")
    MemberResponse member(OrganizationMember organizationMember);

    /** Upsun's user signs in with an e-mail (its username too) and splits the name this server keeps whole. */
    @Mapping(target = ".", source = "user")
    @Mapping(target = "id", source = "user.uuid")
    @Mapping(target = "deactivated", source = "user.active", qualifiedByName = "not")
    @Mapping(target = "namespace", constant = SERVER)
    @Mapping(target = "username", source = "user.email")
    @Mapping(target = "emailVerified", constant = "false")
    @Mapping(target = "firstName", source = "user.name", qualifiedByName = "firstName")
    @Mapping(target = "lastName", source = "user.name", qualifiedByName = "lastName")
    @Mapping(target = "picture", constant = "")
    @Mapping(target = "company", source = "organizationLabel")
    @Mapping(target = "website", constant = "")
    UpsunUserResponse user(UserInOrganization user);

    @Mapping(target = "id", source = "uuid")
    @Mapping(target = "username", source = "email")
    @Mapping(target = "firstName", source = "name", qualifiedByName = "firstName")
    @Mapping(target = "lastName", source = "name", qualifiedByName = "lastName")
    @Mapping(target = "picture", constant = "")
    @Mapping(target = "ssoEnabled", constant = "false")
    UserReference reference(UserSummary user);

    @Named("organizationLinks")
    default Links organizationLinks(String organizationId) {
        return Links.organization(organizationId);
    }

    @Named("profileLinks")
    default Links profileLinks(String organizationId) {
        return Links.self("/organizations/" + organizationId + "/profile");
    }

    @Named("addressLinks")
    default Links addressLinks(String organizationId) {
        return Links.self("/organizations/" + organizationId + "/address");
    }

    /**
     * A member links its user ({@code ref:users:0}): one user, {@code /users/{uuid}}, which is what Upsun's JS client's
     * {@code member.getUser()} reads there (a list's link is to the map of {@code /ref/users}).
     */
    @Named("memberLinks")
    default Links memberLinks(OrganizationMember organizationMember) {
        var uuid = organizationMember.member().uuid();
        return Links.member("/organizations/" + organizationMember.organizationId() + "/members/" + uuid)
                .withReferencedUser("/users/" + uuid);
    }

    /** In the order of Upsun's document. */
    @Named("permissions")
    default List<String> permissions(Set<Permission> permissions) {
        return permissions.stream().sorted().map(MemberResponse::permission).toList();
    }

    @Named("level")
    default String level(Set<Permission> permissions) {
        return permissions.contains(Permission.ADMIN) ? MemberResponse.ADMIN : MemberResponse.VIEWER;
    }

    /** A value Upsun's document gives as an enum has no {@code ""} among its values: unset is null there. */
    @Named("unsetAsNull")
    default String unsetAsNull(String value) {
        return value.isEmpty() ? null : value;
    }

    @Named("not")
    default boolean not(boolean value) {
        return !value;
    }

    /** Upsun splits names that this server keeps whole: the first word. */
    @Named("firstName")
    default String firstName(String name) {
        return name.strip().split("\\s+", 2)[0];
    }

    /** The rest after the first word, or {@code ""}. */
    @Named("lastName")
    default String lastName(String name) {
        var parts = name.strip().split("\\s+", 2);
        return parts.length > 1 ? parts[1] : "";
    }

    /** The trial as it stands when the profile was read, its amounts in the organization's currency. */
    @Named("currentTrial")
    default ProfileResponse.Trial currentTrial(ProfileDetails details) {
        TrialView trial = details.trial();
        Currency currency = details.currency();
        var symbol = symbol(currency);
        var remaining = trial.getSpendLimit().subtract(trial.getCurrentSpend()).max(BigDecimal.ZERO);
        var projectTotal = BigDecimal.valueOf(trial.getProjectTotalMinor(), currency.getDefaultFractionDigits());
        return new ProfileResponse.Trial(
                trial.isActive() && details.readAt().isBefore(trial.getExpiration()),
                trial.getCreated(),
                trial.getDescription(),
                trial.getExpiration(),
                money(trial.getCurrentSpend(), currency),
                money(trial.getSpendLimit(), currency),
                new ProfileResponse.SpendRemaining(
                        symbol + amount(remaining, currency),
                        amount(remaining, currency),
                        currency.getCurrencyCode(),
                        symbol,
                        trial.isUnlimited()),
                new ProfileResponse.Projects(
                        trial.getProjectId(),
                        trial.getProjectName(),
                        new ProfileResponse.Total(
                                trial.getProjectTotalMinor(),
                                currency.getCurrencyCode(),
                                symbol,
                                symbol + amount(projectTotal, currency))),
                trial.getPendingVerification(),
                trial.getModel(),
                daysRemaining(details.readAt(), trial.getExpiration()));
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
    static long daysRemaining(Instant now, Instant expiration) {
        if (!now.isBefore(expiration)) {
            return 0;
        }
        var left = Duration.between(now, expiration);
        return left.toDays() + (left.equals(Duration.ofDays(left.toDays())) ? 0 : 1);
    }
}
