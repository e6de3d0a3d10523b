package io.accountsapi.organization;

import io.accountsapi.auth.Caller;
import io.accountsapi.auth.CallerMemberships;
import io.accountsapi.datasource.ReadOnly;
import io.accountsapi.usecase.Refusal;
import io.accountsapi.usecase.Refused;
import io.accountsapi.usecase.Write;
import io.accountsapi.user.MemberQuery;
import io.accountsapi.user.MemberView;
import io.accountsapi.user.MembershipService;
import io.accountsapi.user.Permission;
import io.accountsapi.user.UserDirectory;
import io.accountsapi.user.UserSummary;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization's members and users, read through the users' {@link UserDirectory}: the caller, a user by UUID, the
 * members. Every user of the organization may read them; another organization's are not found. Admins, and members
 * with the members permission, add, change and remove members ({@link MembershipService}); only an Admin grants or
 * revokes admin or billing, and the owner stays an Admin member.
 */
@Service
public class MemberService {

    private final CallerMemberships callers;
    private final UserDirectory users;
    private final MembershipService memberships;
    private final OrganizationRepository organizations;

    MemberService(
            CallerMemberships callers,
            UserDirectory users,
            MembershipService memberships,
            OrganizationRepository organizations) {
        this.callers = callers;
        this.users = users;
        this.memberships = memberships;
        this.organizations = organizations;
    }

    @ReadOnly
    public UserInOrganization currentUser(Caller caller) {
        return inOrganization(caller, users.summary(caller.userId()));
    }

    /** A user of the caller's organization, by UUID; any other is not found. */
    @ReadOnly
    public UserInOrganization user(Caller caller, UUID userId) {
        return inOrganization(caller, users.summary(userId, caller.organizationId()));
    }

    private UserInOrganization inOrganization(Caller caller, Optional<UserSummary> user) {
        var found = user.orElseThrow(() -> Refused.notFound("user"));
        var organization = organizations.findView(caller.organizationId()).orElseThrow(() -> Refused.notFound("user"));
        return new UserInOrganization(found, organization.organization().getLabel(), organization.country());
    }

    /** A page of the organization's members that the query selects. */
    @ReadOnly
    public OrganizationMembers members(Caller caller, String organizationRef, MemberQuery query) {
        var organizationId = callers.in(caller, organizationRef).organizationId();
        var ownerId = ownerOf(organizationId);
        var page = users.members(organizationId, query);
        var members = page.members().stream()
                .map(member -> new OrganizationMember(
                        organizationId, member, member.userId().equals(ownerId)))
                .toList();
        return new OrganizationMembers(organizationId, members, page.total(), page.previous(), page.next());
    }

    @ReadOnly
    public OrganizationMember member(Caller caller, String organizationRef, UUID userId) {
        var organizationId = callers.in(caller, organizationRef).organizationId();
        return users.member(organizationId, userId)
                .map(member -> new OrganizationMember(
                        organizationId, member, member.userId().equals(ownerOf(organizationId))))
                .orElseThrow(() -> Refused.notFound("member"));
    }

    /** Adds an existing person, by UUID, as a member holding the write's permissions. */
    @Transactional
    public OrganizationMember add(Caller caller, String organizationRef, Write<NewMember, ?> write) {
        var here = callers.in(caller, organizationRef);
        var member = write.changes();
        requireMayGrant(here, Set.of(), member.permissions());
        write.check().run();
        return new OrganizationMember(
                here.organizationId(),
                memberships.add(here.organizationId(), member.personId(), member.permissions(), here.userId()),
                false);
    }

    /** Grants the member exactly the write's permissions (none sent: as they are); the owner keeps admin. */
    @Transactional
    public OrganizationMember grant(
            Caller caller,
            String organizationRef,
            UUID personId,
            Write<Optional<Set<Permission>>, OrganizationMember> write) {
        var here = callers.in(caller, organizationRef);
        var current = member(here, organizationRef, personId);
        var wanted = write.changes().orElse(current.member().permissions());
        requireMayGrant(here, current.member().permissions(), wanted);
        write.check().run();
        if (current.owner() && !wanted.contains(Permission.ADMIN)) {
            throw new Refused(new Refusal.OwnerKept("permissions"));
        }
        var organizationId = current.organizationId();
        Predicate<MemberView> expected = write.expected() == null
                ? null
                : member -> write.expected().test(new OrganizationMember(organizationId, member, current.owner()));
        var granted =
                memberships.grant(organizationId, personId, new Write<>(wanted, () -> {}, expected), here.userId());
        return new OrganizationMember(organizationId, granted, current.owner());
    }

    /** Removes the member from the organization, and from nothing else; the owner stays. */
    @Transactional
    public void remove(Caller caller, String organizationRef, UUID personId) {
        var here = callers.in(caller, organizationRef);
        var current = member(here, organizationRef, personId);
        requireMayGrant(here, current.member().permissions(), Set.of());
        if (current.owner()) {
            throw new Refused(new Refusal.OwnerKept(null));
        }
        memberships.remove(current.organizationId(), personId);
    }

    /**
     * Managing members takes admin or the members permission; moving admin or billing from {@code before} to
     * {@code after} takes admin.
     */
    private void requireMayGrant(Caller caller, Set<Permission> before, Set<Permission> after) {
        var held = memberships.permissionsOf(caller.userId());
        if (!held.contains(Permission.ADMIN) && !held.contains(Permission.MEMBERS)) {
            throw Refused.notAllowed(Refusal.Right.MEMBERS);
        }
        var adminOrBilling = Set.of(Permission.ADMIN, Permission.BILLING);
        var moved = adminOrBilling.stream()
                .anyMatch(permission -> before.contains(permission) != after.contains(permission));
        if (moved && !held.contains(Permission.ADMIN)) {
            throw Refused.notAllowed(Refusal.Right.ADMIN);
        }
    }

    /** The users of the caller's organization among those UUIDs; the others are left out. */
    @ReadOnly
    public List<UserSummary> users(Caller caller, Collection<UUID> userIds) {
        return users.summaries(userIds, caller.organizationId());
    }

    private String ownerOf(String organizationId) {
        return organizations.findById(organizationId).map(Organization::ownerId).orElse(null);
    }
}
