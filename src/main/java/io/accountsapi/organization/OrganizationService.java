package io.accountsapi.organization;

import io.accountsapi.Ids;
import io.accountsapi.auth.Caller;
import io.accountsapi.datasource.ReadOnly;
import io.accountsapi.refusal.Refusal;
import io.accountsapi.refusal.Refused;
import io.accountsapi.user.UserDirectory;
import io.accountsapi.user.UserSummary;
import io.accountsapi.web.ApiException;
import io.accountsapi.web.ApiProblem;
import io.accountsapi.web.ETags;
import io.accountsapi.web.Links;
import io.accountsapi.web.RequestValidator;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organizations dialect: an organization, its billing profile and its address. Every method first makes sure
 * the organization is the caller's (else 404, exactly as for a missing one), then checks rights (403), then
 * validates the body (400), then, holding the row's lock, compares If-Match with the current representation (412).
 */
@Service
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final ProfileRepository profiles;
    private final AddressRepository addresses;
    private final TrialRepository trials;
    private final UserDirectory users;
    private final RequestValidator validator;
    private final ETags etags;
    private final Clock clock;

    public OrganizationService(
            OrganizationRepository organizations,
            ProfileRepository profiles,
            AddressRepository addresses,
            TrialRepository trials,
            UserDirectory users,
            RequestValidator validator,
            ETags etags,
            Clock clock) {
        this.organizations = organizations;
        this.profiles = profiles;
        this.addresses = addresses;
        this.trials = trials;
        this.users = users;
        this.validator = validator;
        this.etags = etags;
        this.clock = clock;
    }

    /** The caller's organization, when it passes the filter. */
    @ReadOnly
    public OrganizationList list(Caller caller, UpsunListQuery<OrganizationResponse> filter) {
        return listAt("/organizations", caller, filter);
    }

    /**
     * The organizations of a user of the caller's organization, by UUID (any other is not found): a user belongs to
     * one organization here, so this is the caller's, when it passes the filter.
     */
    @ReadOnly
    public OrganizationList listOfUser(Caller caller, UUID userUuid, UpsunListQuery<OrganizationResponse> filter) {
        users.summary(userUuid, caller.organizationId()).orElseThrow(() -> Refused.notFound("user"));
        return listAt("/users/" + userUuid + "/organizations", caller, filter);
    }

    private OrganizationList listAt(String path, Caller caller, UpsunListQuery<OrganizationResponse> filter) {
        var items =
                organizations
                        .findView(caller.organizationId())
                        .map(this::organizationOf)
                        .filter(filter::matches)
                        .stream()
                        .toList();
        return new OrganizationList(items.size(), items, Links.self(path));
    }

    @ReadOnly
    public OrganizationResponse get(Caller caller, String organizationRef) {
        var view = organizations
                .findView(caller.visibleOrganization(organizationRef))
                .orElseThrow(OrganizationService::organizationNotFound);
        return organizationOf(view);
    }

    /** Admin only; a machine name another organization has is a 400 on {@code name}, even when taken meanwhile. */
    @Transactional
    public OrganizationResponse patchOrganization(
            Caller caller, String organizationRef, OrganizationPatch patch, boolean strict, String ifMatch) {
        var organizationId = caller.visibleOrganization(organizationRef);
        if (!caller.admin()) {
            throw Refused.notAllowed(Refusal.Right.ADMIN);
        }
        checkBody(patch, patch.ignoredFieldNames(), strict);
        var organization =
                organizations.findForUpdate(organizationId).orElseThrow(OrganizationService::organizationNotFound);
        etags.requireMatch(ifMatch, () -> get(caller, organizationId));
        var name = patch.name().orElse(organization.name());
        if (!name.equals(organization.name()) && organizations.existsByName(name)) {
            throw nameTaken();
        }
        var now = clock.instant();
        organization.change(
                name,
                patch.label().orElse(organization.label()),
                patch.securityContact().orElse(organization.securityContact()),
                now);
        if (patch.country().isPresent()) {
            addresses
                    .findForUpdate(organizationId)
                    .orElseThrow(OrganizationService::organizationNotFound)
                    .changeCountry(patch.country().get(), now);
        }
        try {
            organizations.flush();
        } catch (DataIntegrityViolationException e) {
            // Another organization took the name since the check above.
            throw nameTaken();
        }
        return get(caller, organizationId);
    }

    @ReadOnly
    public ProfileResponse getProfile(Caller caller, String organizationRef) {
        return profileOf(caller.visibleOrganization(organizationRef));
    }

    @Transactional
    public ProfileResponse patchProfile(
            Caller caller, String organizationRef, ProfilePatch patch, boolean strict, String ifMatch) {
        var organizationId = caller.visibleOrganization(organizationRef);
        requireBillingRights(caller);
        checkBody(patch, patch.ignoredFieldNames(), strict);
        var profile = profiles.findForUpdate(organizationId).orElseThrow(OrganizationService::organizationNotFound);
        etags.requireMatch(ifMatch, () -> profileOf(organizationId));
        profile.apply(patch, clock.instant());
        return profileOf(organizationId);
    }

    @ReadOnly
    public AddressResponse getAddress(Caller caller, String organizationRef) {
        var organizationId = caller.visibleOrganization(organizationRef);
        var address = addresses.findById(organizationId).orElseThrow(OrganizationService::organizationNotFound);
        return OrganizationMapper.address(organizationId, address);
    }

    @Transactional
    public AddressResponse patchAddress(
            Caller caller, String organizationRef, AddressPatch patch, boolean strict, String ifMatch) {
        var organizationId = caller.visibleOrganization(organizationRef);
        requireBillingRights(caller);
        checkBody(patch, patch.ignoredFieldNames(), strict);
        var address = addresses.findForUpdate(organizationId).orElseThrow(OrganizationService::organizationNotFound);
        etags.requireMatch(ifMatch, () -> OrganizationMapper.address(organizationId, address));
        address.apply(patch, clock.instant());
        return OrganizationMapper.address(organizationId, address);
    }

    /** Creates an organization with its profile, address and trial; its machine name is a unique slug of the label. */
    @Transactional
    public String create(String label) {
        var now = clock.instant();
        var organization = organizations.save(new Organization(Ids.ulid(clock), uniqueName(label), label, now));
        profiles.save(new Profile(organization.id(), now));
        addresses.save(new Address(organization.id(), now));
        trials.save(new Trial(organization.id(), now));
        // Written now: users refer to their organization by id, a link the persistence context cannot order by.
        organizations.flush();
        return organization.id();
    }

    @Transactional
    public void assignOwner(String organizationId, String userId) {
        organizations
                .findById(organizationId)
                .orElseThrow(OrganizationService::organizationNotFound)
                .assignOwner(userId, clock.instant());
    }

    private ProfileResponse profileOf(String organizationId) {
        var view = profiles.findView(organizationId).orElseThrow(OrganizationService::organizationNotFound);
        var ownerEmail = owner(view.organization()).map(UserSummary::email).orElse("");
        return OrganizationMapper.profile(view, ownerEmail, clock.instant());
    }

    private OrganizationResponse organizationOf(OrganizationView view) {
        var ownerUuid =
                owner(view.organization()).map(owner -> owner.uuid().toString()).orElse("");
        return OrganizationMapper.organization(view, ownerUuid);
    }

    private Optional<UserSummary> owner(Organization organization) {
        return Optional.ofNullable(organization.ownerId()).flatMap(users::summary);
    }

    private static void requireBillingRights(Caller caller) {
        if (!caller.mayManageBilling()) {
            throw Refused.notAllowed(Refusal.Right.BILLING);
        }
    }

    private void checkBody(Object patch, Set<String> ignoredFields, boolean strict) {
        if (strict && !ignoredFields.isEmpty()) {
            throw new ApiException(new ApiProblem.IgnoredFields(List.copyOf(ignoredFields)));
        }
        validator.validate(patch);
    }

    private String uniqueName(String label) {
        var base = slug(label);
        var name = base;
        for (int suffix = 2; organizations.existsByName(name); suffix++) {
            var tail = "-" + suffix;
            name = base.substring(0, Math.min(base.length(), Organization.MAX_NAME - tail.length())) + tail;
        }
        return name;
    }

    /** Lower-case ASCII letters, digits and single dashes, as Upsun machine names are. */
    static String slug(String label) {
        var ascii = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        var slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > Organization.MAX_NAME) {
            slug = slug.substring(0, Organization.MAX_NAME).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "organization" : slug;
    }

    private static Refused nameTaken() {
        return new Refused(new Refusal.Taken("organization", "name"));
    }

    private static Refused organizationNotFound() {
        return Refused.notFound("organization");
    }
}
