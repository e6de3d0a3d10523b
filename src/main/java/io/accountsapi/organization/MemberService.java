package io.accountsapi.organization;

import io.accountsapi.auth.Caller;
import io.accountsapi.datasource.ReadOnly;
import io.accountsapi.usecase.Refused;
import io.accountsapi.user.MemberQuery;
import io.accountsapi.user.UserDirectory;
import io.accountsapi.user.UserSummary;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * An organization's members and users, read through the users' {@link UserDirectory}: the caller, a user by UUID, the
 * members. Every user of the organization may read them; another organization's are not found.
 */
@Service
@ReadOnly
public class MemberService {

    private final UserDirectory users;
    private final OrganizationRepository organizations;

    MemberService(UserDirectory users, OrganizationRepository organizations) {
        this.users = users;
        this.organizations = organizations;
    }

    public UserInOrganization currentUser(Caller caller) {
        return inOrganization(caller, users.summary(caller.userId()));
    }

    /** A user of the caller's organization, by UUID; any other is not found. */
    public UserInOrganization user(Caller caller, UUID userId) {
        return inOrganization(caller, users.summary(userId, caller.organizationId()));
    }

    private UserInOrganization inOrganization(Caller caller, Optional<UserSummary> user) {
        var found = user.orElseThrow(() -> Refused.notFound("user"));
        var organization = organizations.findView(caller.organizationId()).orElseThrow(() -> Refused.notFound("user"));
        return new UserInOrganization(found, organization.organization().getLabel(), organization.country());
    }

    /** A page of the organization's members that the query selects. */
    public OrganizationMembers members(Caller caller, String organizationRef, MemberQuery query) {
        var organizationId = caller.visibleOrganization(organizationRef);
        var ownerId = ownerOf(organizationId);
        var page = users.members(organizationId, query);
        var members = page.members().stream()
                .map(member -> new OrganizationMember(
                        organizationId, member, member.userId().equals(ownerId)))
                .toList();
        return new OrganizationMembers(organizationId, members, page.total(), page.previous(), page.next());
    }

    public OrganizationMember member(Caller caller, String organizationRef, UUID userId) {
        var organizationId = caller.visibleOrganization(organizationRef);
        return users.member(organizationId, userId)
                .map(member -> new OrganizationMember(
                        organizationId, member, member.userId().equals(ownerOf(organizationId))))
                .orElseThrow(() -> Refused.notFound("member"));
    }

    /** The users of the caller's organization among those UUIDs; the others are left out. */
    public List<UserSummary> users(Caller caller, Collection<UUID> userIds) {
        return users.summaries(userIds, caller.organizationId());
    }

    private String ownerOf(String organizationId) {
        return organizations.findById(organizationId).map(Organization::ownerId).orElse(null);
    }
}
