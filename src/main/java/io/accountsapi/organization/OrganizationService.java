package io.accountsapi.organization;

import io.accountsapi.Ids;
import io.accountsapi.auth.Caller;
import io.accountsapi.datasource.ReadOnly;
import io.accountsapi.usecase.Refusal;
import io.accountsapi.usecase.Refused;
import io.accountsapi.usecase.Write;
import io.accountsapi.user.UserDirectory;
import io.accountsapi.user.UserSummary;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizations, their billing profile and their address. Every method first makes sure the organization is the
 * caller's (else 404, exactly as for a missing one), then checks rights (403), then has the write's body checked (400),
 * then, holding the row's lock, the client's expectation of the current state (412).
 */
@Service
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final ProfileRepository profiles;
    private final AddressRepository addresses;
    private final TrialRepository trials;
    private final UserDirectory users;
    private final Clock clock;

    OrganizationService(
            OrganizationRepository organizations,
            ProfileRepository profiles,
            AddressRepository addresses,
            TrialRepository trials,
            UserDirectory users,
            Clock clock) {
        this.organizations = organizations;
        this.profiles = profiles;
        this.addresses = addresses;
        this.trials = trials;
        this.users = users;
        this.clock = clock;
    }

    /** The organizations the caller belongs to: here, its own. */
    @ReadOnly
    public Optional<OrganizationDetails> organizationsOf(Caller caller) {
        return organizations.findView(caller.organizationId()).map(this::details);
    }

    /**
     * The organizations of a user of the caller's organization, by UUID (any other is not found): the caller sees only
     * its own organization, so this is that one.
     */
    @ReadOnly
    public Optional<OrganizationDetails> organizationsOf(Caller caller, UUID userId) {
        users.summary(userId, caller.organizationId()).orElseThrow(() -> Refused.notFound("user"));
        return organizationsOf(caller);
    }

    @ReadOnly
    public OrganizationDetails get(Caller caller, String organizationRef) {
        return organizations
                .findView(caller.visibleOrganization(organizationRef))
                .map(this::details)
                .orElseThrow(OrganizationService::organizationNotFound);
    }

    /** Admin only; a machine name another organization has is refused, even when taken meanwhile. */
    @Transactional
    public OrganizationDetails update(
            Caller caller, String organizationRef, Write<OrganizationChanges, OrganizationDetails> write) {
        var organizationId = caller.visibleOrganization(organizationRef);
        if (!caller.admin()) {
            throw Refused.notAllowed(Refusal.Right.ADMIN);
        }
        write.check().run();
        var organization =
                organizations.findForUpdate(organizationId).orElseThrow(OrganizationService::organizationNotFound);
        write.requireExpected(() -> get(caller, organizationId));
        var changes = write.changes();
        var name = changes.name().orElse(organization.getName());
        if (!name.equals(organization.getName()) && organizations.existsByName(name)) {
            throw nameTaken();
        }
        var now = clock.instant();
        organization.change(
                name,
                changes.label().orElse(organization.getLabel()),
                changes.securityContact().orElse(organization.getSecurityContact()),
                now);
        if (changes.country().isPresent()) {
            addresses
                    .findForUpdate(organizationId)
                    .orElseThrow(OrganizationService::organizationNotFound)
                    .changeCountry(changes.country().get(), now);
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
    public ProfileDetails getProfile(Caller caller, String organizationRef) {
        return profileOf(caller.visibleOrganization(organizationRef));
    }

    @Transactional
    public ProfileDetails updateProfile(
            Caller caller, String organizationRef, Write<ProfileChanges, ProfileDetails> write) {
        var organizationId = caller.visibleOrganization(organizationRef);
        requireBillingRights(caller);
        write.check().run();
        var profile = profiles.findForUpdate(organizationId).orElseThrow(OrganizationService::organizationNotFound);
        write.requireExpected(() -> profileOf(organizationId));
        profile.apply(write.changes(), clock.instant());
        return profileOf(organizationId);
    }

    @ReadOnly
    public AddressDetails getAddress(Caller caller, String organizationRef) {
        var organizationId = caller.visibleOrganization(organizationRef);
        var address = addresses.findById(organizationId).orElseThrow(OrganizationService::organizationNotFound);
        return new AddressDetails(organizationId, address);
    }

    @Transactional
    public AddressDetails updateAddress(
            Caller caller, String organizationRef, Write<AddressChanges, AddressDetails> write) {
        var organizationId = caller.visibleOrganization(organizationRef);
        requireBillingRights(caller);
        write.check().run();
        var address = addresses.findForUpdate(organizationId).orElseThrow(OrganizationService::organizationNotFound);
        write.requireExpected(() -> new AddressDetails(organizationId, address));
        address.apply(write.changes(), clock.instant());
        return new AddressDetails(organizationId, address);
    }

    /** Creates an organization with its profile, address and trial; its machine name is a unique slug of the label. */
    @Transactional
    public String create(String label) {
        var now = clock.instant();
        var organization = organizations.save(new Organization(Ids.ulid(clock), uniqueName(label), label, now));
        profiles.save(new Profile(organization.getId(), now));
        addresses.save(new Address(organization.getId(), now));
        trials.save(new Trial(organization.getId(), now));
        // Written now: users refer to their organization by id, a link the persistence context cannot order by.
        organizations.flush();
        return organization.getId();
    }

    @Transactional
    public void assignOwner(String organizationId, String userId) {
        organizations
                .findById(organizationId)
                .orElseThrow(OrganizationService::organizationNotFound)
                .assignOwner(userId, clock.instant());
    }

    private ProfileDetails profileOf(String organizationId) {
        var view = profiles.findView(organizationId).orElseThrow(OrganizationService::organizationNotFound);
        var ownerEmail = owner(view.organization()).map(UserSummary::email).orElse("");
        return new ProfileDetails(
                view.profile(),
                view.organization(),
                view.address(),
                view.trial(),
                BillingCurrency.forCountry(view.address().getCountry()),
                ownerEmail,
                clock.instant());
    }

    private OrganizationDetails details(OrganizationRow view) {
        var ownerId = owner(view.organization()).map(UserSummary::uuid).orElse(null);
        return new OrganizationDetails(view.organization(), view.country(), view.profileId(), ownerId);
    }

    private Optional<UserSummary> owner(Organization organization) {
        return Optional.ofNullable(organization.ownerId()).flatMap(users::summary);
    }

    private static void requireBillingRights(Caller caller) {
        if (!caller.mayManageBilling()) {
            throw Refused.notAllowed(Refusal.Right.BILLING);
        }
    }

    private String uniqueName(String label) {
        var base = slug(label);
        var name = base;
        for (int suffix = 2; organizations.existsByName(name); suffix++) {
            var tail = "-" + suffix;
            name = base.substring(0, Math.min(base.length(), OrganizationView.MAX_NAME - tail.length())) + tail;
        }
        return name;
    }

    /** Lower-case ASCII letters, digits and single dashes, as Upsun machine names are. */
    static String slug(String label) {
        var ascii = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        var slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > OrganizationView.MAX_NAME) {
            slug = slug.substring(0, OrganizationView.MAX_NAME).replaceAll("-+$", "");
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
