package io.accountsapi.organization;

import io.accountsapi.auth.Caller;
import io.accountsapi.user.MemberView;
import io.accountsapi.user.UserDirectory;
import io.accountsapi.user.UserSummary;
import io.accountsapi.web.ApiException;
import io.accountsapi.web.Links;
import io.accountsapi.web.Uuids;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users in Upsun's dialect, named by UUID: the caller ({@code /users/me}), a user, and the organization's members, read
 * through the users' {@link UserDirectory}. Every user of the organization may read them; another organization's are
 * not found.
 */
@Service
@Transactional(readOnly = true)
public class MemberService {

    static final int PAGE_SIZE = 50;

    private final UserDirectory users;
    private final OrganizationRepository organizations;

    MemberService(UserDirectory users, OrganizationRepository organizations) {
        this.users = users;
        this.organizations = organizations;
    }

    public UpsunUserResponse currentUser(Caller caller) {
        return upsunUser(caller, users.summary(caller.userId()));
    }

    /** A user of the caller's organization, by UUID; any other is not found. */
    public UpsunUserResponse user(Caller caller, UUID uuid) {
        return upsunUser(caller, users.summary(uuid, caller.organizationId()));
    }

    /** Users show their organization's label as their company, and its country. */
    private UpsunUserResponse upsunUser(Caller caller, Optional<UserSummary> user) {
        var found = user.orElseThrow(() -> ApiException.notFound("user"));
        var organization =
                organizations.findView(caller.organizationId()).orElseThrow(() -> ApiException.notFound("user"));
        return UpsunUserResponse.of(found, organization.organization().label(), organization.country());
    }

    /**
     * A page of 50 members in the order of their ids: the first, or those after {@code after}, or those before
     * {@code before}; its links name the cursors of the pages around it.
     */
    public MemberList members(Caller caller, String organizationRef, String after, String before) {
        var organizationId = caller.visibleOrganization(organizationRef);
        List<MemberView> page;
        String previous = null;
        String next = null;
        if (before != null) {
            page = users.membersBefore(organizationId, before, PAGE_SIZE + 1);
            var more = page.size() > PAGE_SIZE;
            page = page.subList(0, Math.min(page.size(), PAGE_SIZE)).reversed();
            previous = more ? page.getFirst().userId() : null;
            next = page.isEmpty() ? null : page.getLast().userId();
        } else {
            page = users.membersAfter(organizationId, after == null ? "" : after, PAGE_SIZE + 1);
            var more = page.size() > PAGE_SIZE;
            page = page.subList(0, Math.min(page.size(), PAGE_SIZE));
            previous = after == null || page.isEmpty() ? null : page.getFirst().userId();
            next = more ? page.getLast().userId() : null;
        }
        var ownerId = ownerOf(organizationId);
        var path = "/organizations/" + organizationId + "/members";
        return new MemberList(
                users.memberCount(organizationId),
                page.stream()
                        .map(member -> MemberResponse.of(organizationId, member, ownerId))
                        .toList(),
                Links.page(path, previous, next));
    }

    public MemberResponse member(Caller caller, String organizationRef, String userUuid) {
        var organizationId = caller.visibleOrganization(organizationRef);
        return Uuids.parse(userUuid)
                .flatMap(uuid -> users.member(organizationId, uuid))
                .map(member -> MemberResponse.of(organizationId, member, ownerOf(organizationId)))
                .orElseThrow(() -> ApiException.notFound("member"));
    }

    private String ownerOf(String organizationId) {
        return organizations.findById(organizationId).map(Organization::ownerId).orElse(null);
    }
}
