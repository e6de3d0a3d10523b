package io.accountsapi.organization;

import io.accountsapi.auth.Caller;
import io.accountsapi.datasource.ReadOnly;
import io.accountsapi.refusal.Refused;
import io.accountsapi.user.MemberAccess;
import io.accountsapi.user.MemberOrder;
import io.accountsapi.user.MemberPage;
import io.accountsapi.user.MemberQuery;
import io.accountsapi.user.UserDirectory;
import io.accountsapi.user.UserSummary;
import io.accountsapi.web.ApiException;
import io.accountsapi.web.Links;
import io.accountsapi.web.Uuids;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/**
 * Users in Upsun's dialect, named by UUID: the caller ({@code /users/me}), a user, and the organization's members, read
 * through the users' {@link UserDirectory}. Every user of the organization may read them; another organization's are
 * not found.
 */
@Service
@ReadOnly
public class MemberService {

    static final int PAGE_SIZE = 50;
    /** As many users as the longest page of members holds. */
    static final int PAGE_SIZE_LIMIT = 100;

    private static final String IN = "in";

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
        var found = user.orElseThrow(() -> Refused.notFound("user"));
        var organization = organizations.findView(caller.organizationId()).orElseThrow(() -> Refused.notFound("user"));
        return UpsunUserResponse.of(found, organization.organization().label(), organization.country());
    }

    /**
     * A page of the organization's members that pass the query's filters, in its order (by default the order of their
     * ids), {@value #PAGE_SIZE} unless it sets the size; its links name the cursors of the pages around it and the
     * page's users.
     */
    public MemberList members(Caller caller, String organizationRef, UpsunListQuery<MemberAccess> query) {
        var organizationId = caller.visibleOrganization(organizationRef);
        var sort = query.sort().isEmpty() ? null : query.sort().getFirst();
        var order = sort == null
                ? MemberOrder.ID
                : sort.endsWith("created_at") ? MemberOrder.CREATED_AT : MemberOrder.UPDATED_AT;
        var accesses = EnumSet.allOf(MemberAccess.class);
        accesses.removeIf(access -> !query.matches(access));
        MemberPage page;
        try {
            page = users.members(
                    organizationId,
                    new MemberQuery(
                            accesses,
                            order,
                            sort != null && sort.startsWith("-") ? Sort.Direction.DESC : Sort.Direction.ASC,
                            query.pageSize() == null ? PAGE_SIZE : query.pageSize(),
                            query.after(),
                            query.before()));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Invalid value of "
                    + (query.before() != null ? UpsunListQuery.PAGE_BEFORE : UpsunListQuery.PAGE_AFTER)
                    + "; expected a cursor from this list's links with the same sort.");
        }
        var ownerId = ownerOf(organizationId);
        var items = page.members().stream()
                .map(member -> MemberResponse.of(organizationId, member, ownerId))
                .toList();
        var links = Links.page(
                        "/organizations/" + organizationId + "/members", query.given(), page.previous(), page.next())
                .withReferencedUsers(items.stream().map(MemberResponse::userId).toList());
        return new MemberList(page.total(), items, links);
    }

    /**
     * The users of those UUIDs ({@code in}, comma-separated, at most {@value #PAGE_SIZE_LIMIT}) by UUID, in the order
     * given: each a user of the caller's organization, or null when there is no such user there (another
     * organization's users are no more visible here than elsewhere).
     */
    public Map<String, UserReference> referencedUsers(Caller caller, MultiValueMap<String, String> query) {
        query.keySet().stream()
                .filter(parameter -> !parameter.equals(IN))
                .findFirst()
                .ifPresent(parameter -> {
                    throw UpsunListQuery.unknownParameter(parameter);
                });
        var given = query.get(IN);
        var ids = given == null || given.size() != 1
                ? List.<String>of()
                : Arrays.stream(given.getFirst().split(",", -1))
                        .map(String::strip)
                        .toList();
        var uuids = ids.stream().map(Uuids::parse).flatMap(Optional::stream).toList();
        if (ids.isEmpty() || ids.size() > PAGE_SIZE_LIMIT || uuids.size() != ids.size()) {
            throw ApiException.badRequest(
                    "Invalid value of in; expected one to " + PAGE_SIZE_LIMIT + " comma-separated user UUIDs.");
        }
        Map<String, UserReference> found = new HashMap<>();
        users.summaries(uuids, caller.organizationId())
                .forEach(user -> found.put(user.uuid().toString(), UserReference.of(user)));
        Map<String, UserReference> references = new LinkedHashMap<>();
        uuids.forEach(uuid -> references.put(uuid.toString(), found.get(uuid.toString())));
        return references;
    }

    public MemberResponse member(Caller caller, String organizationRef, String userUuid) {
        var organizationId = caller.visibleOrganization(organizationRef);
        return Uuids.parse(userUuid)
                .flatMap(uuid -> users.member(organizationId, uuid))
                .map(member -> MemberResponse.of(organizationId, member, ownerOf(organizationId)))
                .orElseThrow(() -> Refused.notFound("member"));
    }

    private String ownerOf(String organizationId) {
        return organizations.findById(organizationId).map(Organization::ownerId).orElse(null);
    }
}
