package io.accountsapi.organization;

import io.accountsapi.Ids;
import io.accountsapi.auth.Caller;
import io.accountsapi.auth.CallerMemberships;
import io.accountsapi.datasource.ReadOnly;
import io.accountsapi.usecase.Refusal;
import io.accountsapi.usecase.Refused;
import io.accountsapi.usecase.Write;
import io.accountsapi.user.MembershipService;
import io.accountsapi.user.Permission;
import io.accountsapi.user.UserDirectory;
import io.accountsapi.user.UserSummary;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
    private final CallerMemberships callers;
    private final MembershipService memberships;
    private final Clock clock;

    OrganizationService(
            OrganizationRepository organizations,
            ProfileRepository profiles,
            AddressRepository addresses,
            TrialRepository trials,
            UserDirectory users,
            CallerMemberships callers,
            MembershipService memberships,
            Clock clock) {
        this.organizations = organizations;
        this.profiles = profiles;
        this.addresses = addresses;
        this.trials = trials;
        this.users = users;
        this.callers = callers;
        this.memberships = memberships;
        this.clock = clock;
    }

    /** The organizations the caller's person belongs to, by id. */
    @ReadOnly
    public List<OrganizationDetails> organizationsOf(Caller caller) {
        return details(users.organizationsOf(caller.personId()));
    }

    /**
     * The organizations of a user of the caller's organization, by UUID (any other is not found) that the caller belongs
     * to as well: what the caller may see of them.
     */
    @ReadOnly
    public List<OrganizationDetails> organizationsOf(Caller caller, UUID userId) {
        users.summary(userId, caller.organizationId()).orElseThrow(() -> Refused.notFound("user"));
        var shared = new ArrayList<>(users.organizationsOf(userId));
        shared.retainAll(users.organizationsOf(caller.personId()));
        return details(shared);
    }

    @ReadOnly
    public OrganizationDetails get(Caller caller, String organizationRef) {
        return organizations
                .findView(callers.in(caller, organizationRef).organizationId())
                .map(this::details)
                .orElseThrow(OrganizationService::organizationNotFound);
    }

    /** Admin only; a machine name another organization has is refused, even when taken meanwhile. */
    @Transactional
    public OrganizationDetails update(
            Caller caller, String organizationRef, Write<OrganizationChanges, OrganizationDetails> write) {
        var here = callers.in(caller, organizationRef);
        var organizationId = here.organizationId();
        if (!here.admin()) {
            throw Refused.notAllowed(Refusal.Right.ADMIN);
        }
        write.check().run();
        var organization =
                organizations.findForUpdate(organizationId).orElseThrow(OrganizationService::organizationNotFound);
        write.requireExpected(() -> get(here, organizationId));
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
        return get(here, organizationId);
    }

    @ReadOnly
    public ProfileDetails getProfile(Caller caller, String organizationRef) {
        return profileOf(callers.in(caller, organizationRef).organizationId());
    }

    @Transactional
    public ProfileDetails updateProfile(
            Caller caller, String organizationRef, Write<ProfileChanges, ProfileDetails> write) {
        var here = callers.in(caller, organizationRef);
        var organizationId = here.organizationId();
        requireBillingRights(here);
        write.check().run();
        var profile = profiles.findForUpdate(organizationId).orElseThrow(OrganizationService::organizationNotFound);
        write.requireExpected(() -> profileOf(organizationId));
        profile.apply(write.changes(), clock.instant());
        return profileOf(organizationId);
    }

    @ReadOnly
    public AddressDetails getAddress(Caller caller, String organizationRef) {
        var organizationId = callers.in(caller, organizationRef).organizationId();
        var address = addresses.findById(organizationId).orElseThrow(OrganizationService::organizationNotFound);
        return new AddressDetails(organizationId, address);
    }

    @Transactional
    public AddressDetails updateAddress(
            Caller caller, String organizationRef, Write<AddressChanges, AddressDetails> write) {
        var here = callers.in(caller, organizationRef);
        var organizationId = here.organizationId();
        requireBillingRights(here);
        write.check().run();
        var address = addresses.findForUpdate(organizationId).orElseThrow(OrganizationService::organizationNotFound);
        write.requireExpected(() -> new AddressDetails(organizationId, address));
        address.apply(write.changes(), clock.instant());
        return new AddressDetails(organizationId, address);
    }

    /** Creates an organization with its profile, address and trial; its machine name is a unique slug of the label. */
    @Transactional
    public String create(String label) {
        return create(new Organization(Ids.ulid(clock), uniqueName(label), label, clock.instant()), "");
    }

    /**
     * The caller creates an organization, which they own: its owner and an Admin member holding every permission, in
     * the same transaction. A machine name another organization has is refused, even when taken meanwhile.
     */
    @Transactional
    public OrganizationDetails create(Caller caller, Write<NewOrganization, ?> write) {
        write.check().run();
        var asked = write.changes();
        if (asked.ownerId().filter(owner -> !owner.equals(caller.personId())).isPresent()) {
            throw new Refused(new Refusal.OwnerIsCreator("owner_id"));
        }
        if (asked.name().filter(organizations::existsByName).isPresent()) {
            throw nameTaken();
        }
        var organization = new Organization(
                Ids.ulid(clock),
                asked.name().orElseGet(() -> uniqueName(asked.label())),
                asked.label(),
                asked.type().orElse("flexible"),
                asked.securityContact().orElse(""),
                clock.instant());
        try {
            create(organization, asked.country().orElse(""));
        } catch (DataIntegrityViolationException e) {
            // Another organization took the name since the check above.
            throw nameTaken();
        }
        var owner = memberships.add(organization.getId(), caller.personId(), EnumSet.allOf(Permission.class), null);
        organization.assignOwner(owner.userId(), clock.instant());
        return details(organizations.findView(organization.getId()).orElseThrow());
    }

    /**
     * Its owner deletes the organization, with everything that is only its own (profile, address, trial, labels, teams,
     * targets, memberships with their keys, by the schema's cascades); the people and their other memberships stay.
     */
    @Transactional
    public void delete(Caller caller, String organizationRef) {
        var here = callers.in(caller, organizationRef);
        var organization = organizations
                .findForUpdate(here.organizationId())
                .orElseThrow(OrganizationService::organizationNotFound);
        if (!here.userId().equals(organization.ownerId())) {
            throw Refused.notAllowed(Refusal.Right.OWNER);
        }
        organizations.remove(organization.getId());
    }

    private String create(Organization organization, String country) {
        var now = clock.instant();
        organizations.save(organization);
        profiles.save(new Profile(organization.getId(), now));
        var address = new Address(organization.getId(), now);
        address.changeCountry(country, now);
        addresses.save(address);
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

    private List<OrganizationDetails> details(List<String> organizationIds) {
        return organizations.findViews(organizationIds).stream()
                .map(this::details)
                .toList();
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
