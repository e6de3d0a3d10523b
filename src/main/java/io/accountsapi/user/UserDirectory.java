package io.accountsapi.user;

import io.accountsapi.datasource.ReadOnly;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * What other features may read of users: an organization's members, whether a user belongs to an organization, a
 * user's summary (by id, or by UUID within an organization). The caller has already decided that its caller may see
 * them.
 */
@Service
@ReadOnly
public class UserDirectory {

    private final MemberRepository members;

    UserDirectory(MemberRepository members) {
        this.members = members;
    }

    /**
     * A page of the organization's active users that the query selects, read by keyset (a position names the last
     * member seen, so a page neither skips nor repeats members when others come or go); their roles in one statement.
     */
    public MemberPage members(String organizationId, MemberQuery query) {
        var selected = UserFilters.activeIn(organizationId).and(UserFilters.passes(query.conditions()));
        var order = query.order();
        var sort = order == MemberOrder.ID
                ? Sort.by(query.direction(), "id")
                : Sort.by(query.direction(), order.attribute, "id");
        var position = query.position();
        var backward = position.scrollsBackward();
        var window = members.findBy(
                selected, page -> page.sortBy(sort).limit(query.size()).scroll(position));
        var views = window.map(UserDirectory::member).getContent();
        ScrollPosition previous = null;
        ScrollPosition next = null;
        if (!views.isEmpty()) {
            var first = window.positionAt(0);
            var last = window.positionAt(views.size() - 1);
            previous = backward ? (window.hasNext() ? first : null) : (position.isInitial() ? null : first);
            next = backward || window.hasNext() ? last : null;
        }
        return new MemberPage(views, members.count(selected), previous, next);
    }

    /** The organization's active user of that UUID. */
    public Optional<MemberView> member(String organizationId, UUID uuid) {
        return members.findByPersonIdAndOrganizationIdAndActiveTrue(uuid, organizationId)
                .map(UserDirectory::member);
    }

    static MemberView member(Membership user) {
        return new MemberView(user.id(), user.uuid(), user.permissions(), user.createdAt(), user.changed());
    }

    /** The organizations in which the person is an active member, by id. */
    public List<String> organizationsOf(UUID personId) {
        return members.findOrganizationIds(personId);
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

    /** The organization's users, active or not, of those UUIDs; the others are left out. */
    public List<UserSummary> summaries(Collection<UUID> uuids, String organizationId) {
        return members.findSummaries(uuids, organizationId);
    }
}
