package io.accountsapi.upsun;

import io.accountsapi.organization.OrganizationMembers;
import io.accountsapi.upsun.list.MemberCursors;
import io.accountsapi.upsun.list.UpsunListQuery;
import io.accountsapi.upsun.response.Links;
import io.accountsapi.upsun.response.MemberList;
import io.accountsapi.upsun.response.MemberResponse;
import io.accountsapi.upsun.response.UpsunMapper;
import io.accountsapi.user.MemberOrder;
import io.accountsapi.user.MemberQuery;
import io.accountsapi.user.PermissionCondition;
import io.accountsapi.web.ApiException;
import java.util.stream.Collectors;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;

/**
 * The members list's query as the domain reads it (its filter, order, page size and cursor), and a page of members as
 * Upsun's list, with the cursors of the pages around it and a link to the page's users.
 */
final class MemberLists {

    static final int PAGE_SIZE = 50;

    private MemberLists() {}

    /** By default, {@value #PAGE_SIZE} members in the order of their ids; a cursor is valid only for its own sort. */
    static MemberQuery query(UpsunListQuery<MemberResponse> query) {
        var conditions = query.itemConditions().stream()
                .map(condition -> new PermissionCondition(
                        condition.held(),
                        condition.anyOf().stream()
                                .map(MemberResponse::permission)
                                .collect(Collectors.toUnmodifiableSet())))
                .toList();
        var order = order(query);
        var sort = sort(query);
        var direction = sort != null && sort.startsWith("-") ? Sort.Direction.DESC : Sort.Direction.ASC;
        var size = query.pageSize() == null ? PAGE_SIZE : query.pageSize();
        try {
            var position = query.before() != null
                    ? MemberCursors.parse(order, query.before(), ScrollPosition.Direction.BACKWARD)
                    : query.after() != null
                            ? MemberCursors.parse(order, query.after(), ScrollPosition.Direction.FORWARD)
                            : ScrollPosition.keyset();
            return new MemberQuery(conditions, order, direction, size, position);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Invalid value of "
                    + (query.before() != null ? UpsunListQuery.PAGE_BEFORE : UpsunListQuery.PAGE_AFTER)
                    + "; expected a cursor from this list's links with the same sort.");
        }
    }

    static MemberList page(OrganizationMembers page, UpsunListQuery<MemberResponse> query, UpsunMapper mapper) {
        var order = order(query);
        var items = page.members().stream().map(mapper::member).toList();
        var links = Links.page(
                        "/organizations/" + page.organizationId() + "/members",
                        query.given(),
                        page.previous() == null ? null : MemberCursors.of(order, page.previous()),
                        page.next() == null ? null : MemberCursors.of(order, page.next()))
                .withReferencedUsers(items.stream().map(MemberResponse::userId).toList());
        return new MemberList(page.total(), items, links);
    }

    private static String sort(UpsunListQuery<MemberResponse> query) {
        return query.sort().isEmpty() ? null : query.sort().getFirst();
    }

    private static MemberOrder order(UpsunListQuery<MemberResponse> query) {
        var sort = sort(query);
        return sort == null
                ? MemberOrder.ID
                : sort.endsWith("created_at") ? MemberOrder.CREATED_AT : MemberOrder.UPDATED_AT;
    }
}
