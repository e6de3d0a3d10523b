package io.accountsapi.user;

import io.accountsapi.auth.BuiltInRoles;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may read of users: an organization's members in the order of their ids, whether a user belongs to
 * an organization, a user's summary (by id, or by UUID within an organization). The caller has already decided that its
 * caller may see them.
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final MemberRepository members;

    UserDirectory(MemberRepository members) {
        this.members = members;
    }

    /** At most {@code limit} members whose ids follow {@code after} (all from the first when it is empty). */
    public List<MemberView> membersAfter(String organizationId, String after, int limit) {
        return members.findMembersAfter(organizationId, BuiltInRoles.ADMIN_ID, after, Limit.of(limit));
    }

    /** At most {@code limit} members whose ids precede {@code before}, the nearest first. */
    public List<MemberView> membersBefore(String organizationId, String before, int limit) {
        return members.findMembersBefore(organizationId, BuiltInRoles.ADMIN_ID, before, Limit.of(limit));
    }

    public Optional<MemberView> member(String organizationId, UUID uuid) {
        return members.findMember(organizationId, BuiltInRoles.ADMIN_ID, uuid);
    }

    public long memberCount(String organizationId) {
        return members.countByOrganizationIdAndActiveTrue(organizationId);
    }

    /** Whether the user, active or not, belongs to the organization. */
    public boolean isInOrganization(String userId, String organizationId) {
        return members.existsByIdAndOrganizationId(userId, organizationId);
    }

    public Optional<UserSummary> summary(String userId) {
        return members.findSummary(userId);
    }

    /** The organization's user of that UUID, active or not. */
    public Optional<UserSummary> summary(UUID uuid, String organizationId) {
        return members.findSummary(uuid, organizationId);
    }
}
