package io.accountsapi.upsun.list;

import io.accountsapi.upsun.list.UpsunListQuery.Field;
import io.accountsapi.upsun.list.UpsunListQuery.Kind;
import io.accountsapi.upsun.list.UpsunListQuery.Parameters;
import io.accountsapi.upsun.response.MemberResponse;
import io.accountsapi.upsun.response.OrganizationResponse;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The parameters of Upsun's lists served here, as its document gives them; Swagger UI documents them from these. */
public final class UpsunLists {

    private UpsunLists() {}

    /** {@code GET /organizations} and a user's organizations: every field filters and sorts, in pages. */
    public static final Parameters<OrganizationResponse> ORGANIZATIONS = organizations(Map.of(
            "id", Field.text(OrganizationResponse::id),
            "type", Field.text(OrganizationResponse::type),
            "owner_id", Field.text(OrganizationResponse::ownerId),
            "name", Field.text(OrganizationResponse::name),
            "label", Field.text(OrganizationResponse::label),
            "billing_profile_id", Field.text(OrganizationResponse::billingProfileId),
            "vendor", Field.text(OrganizationResponse::vendor),
            "status", Field.text(OrganizationResponse::status),
            "capabilities", new Field<>(Kind.LIST, OrganizationResponse::capabilities, Set.of()),
            "updated_at", new Field<>(Kind.TIME, OrganizationResponse::updatedAt, Set.of())));

    /** {@code GET /organizations/{id}/members}: filtered by what members may do, sorted by one time, in pages. */
    public static final Parameters<MemberResponse> MEMBERS = new Parameters<>(
            Map.of("permissions", new Field<>(Kind.LIST, MemberResponse::permissions, MemberResponse.PERMISSIONS)),
            Set.of("created_at", "updated_at"),
            false,
            true);

    /** Sorted by any of its filterable fields, its creation time or its country; in pages reached by cursors. */
    private static Parameters<OrganizationResponse> organizations(Map<String, Field<OrganizationResponse>> filters) {
        var sortable = Stream.concat(filters.keySet().stream(), Stream.of("created_at", "country"))
                .collect(Collectors.toUnmodifiableSet());
        return new Parameters<>(filters, sortable, true, true);
    }
}
