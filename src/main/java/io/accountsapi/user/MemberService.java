package io.accountsapi.user;

import io.accountsapi.auth.BuiltInRoles;
import io.accountsapi.auth.Caller;
import io.accountsapi.web.ApiException;
import io.accountsapi.web.Links;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users in Upsun's dialect: the caller ({@code /users/me}) and the organization's members. Every user of the
 * organization may read them; another organization's are not found.
 */
@Service
public class MemberService {

    static final int PAGE_SIZE = 50;

    private final UserRepository users;

    MemberService(UserRepository users) {
        this.users = users;
    }

    public UpsunUserResponse currentUser(Caller caller) {
        return users.findCurrentUser(caller.userId())
                .map(UpsunUserResponse::of)
                .orElseThrow(() -> ApiException.notFound("user"));
    }

    /**
     * A page of 50 members in the order of their ids: the first, or those after {@code after}, or those before
     * {@code before}; its links name the cursors of the pages around it.
     */
    @Transactional(readOnly = true)
    public MemberList members(Caller caller, String organizationRef, String after, String before) {
        var organizationId = caller.visibleOrganization(organizationRef);
        var limit = Limit.of(PAGE_SIZE + 1);
        List<MemberView> page;
        String previous = null;
        String next = null;
        if (before != null) {
            page = users.findMembersBefore(organizationId, BuiltInRoles.ADMIN_ID, before, limit);
            var more = page.size() > PAGE_SIZE;
            page = page.subList(0, Math.min(page.size(), PAGE_SIZE)).reversed();
            previous = more ? page.getFirst().userId() : null;
            next = page.isEmpty() ? null : page.getLast().userId();
        } else {
            page = users.findMembersAfter(organizationId, BuiltInRoles.ADMIN_ID, after == null ? "" : after, limit);
            var more = page.size() > PAGE_SIZE;
            page = page.subList(0, Math.min(page.size(), PAGE_SIZE));
            previous = after == null || page.isEmpty() ? null : page.getFirst().userId();
            next = more ? page.getLast().userId() : null;
        }
        var path = "/organizations/" + organizationId + "/members";
        return new MemberList(
                users.countByOrganizationIdAndActiveTrue(organizationId),
                page.stream()
                        .map(member -> MemberResponse.of(organizationId, member))
                        .toList(),
                Links.page(path, previous, next));
    }

    public MemberResponse member(Caller caller, String organizationRef, String userId) {
        var organizationId = caller.visibleOrganization(organizationRef);
        return users.findMember(organizationId, BuiltInRoles.ADMIN_ID, userId)
                .map(member -> MemberResponse.of(organizationId, member))
                .orElseThrow(() -> ApiException.notFound("member"));
    }
}
