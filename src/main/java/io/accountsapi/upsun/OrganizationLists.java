package io.accountsapi.upsun;

import io.accountsapi.upsun.list.UpsunListQuery;
import io.accountsapi.upsun.response.Links;
import io.accountsapi.upsun.response.OrganizationList;
import io.accountsapi.upsun.response.OrganizationResponse;
import io.accountsapi.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Upsun's list of organizations: those of the caller's person that pass every filter, in the order of {@code sort} (of
 * their ids without one, and within equal values), {@value #PAGE_SIZE} a page unless {@code page[size]} says
 * otherwise. A person belongs to few organizations, so the list is ordered here and its cursors are positions in it,
 * valid for the sort they were issued with.
 */
final class OrganizationLists {

    static final int PAGE_SIZE = 50;

    /** What {@code sort} may name, each as the value it compares. */
    private static final Map<String, Function<OrganizationResponse, Comparable<?>>> SORT_KEYS = Map.ofEntries(
            Map.entry("id", OrganizationResponse::id),
            Map.entry("type", OrganizationResponse::type),
            Map.entry("owner_id", OrganizationResponse::ownerId),
            Map.entry("name", OrganizationResponse::name),
            Map.entry("label", OrganizationResponse::label),
            Map.entry("billing_profile_id", OrganizationResponse::billingProfileId),
            Map.entry("vendor", OrganizationResponse::vendor),
            Map.entry("status", OrganizationResponse::status),
            Map.entry("capabilities", organization -> String.join(",", organization.capabilities())),
            Map.entry("country", OrganizationResponse::country),
            Map.entry("created_at", OrganizationResponse::createdAt),
            Map.entry("updated_at", OrganizationResponse::updatedAt));

    private OrganizationLists() {}

    static OrganizationList page(
            String path, List<OrganizationResponse> organizations, UpsunListQuery<OrganizationResponse> query) {
        var sort = String.join(",", query.sort());
        var passing = organizations.stream()
                .filter(query::matches)
                .sorted(order(query.sort()))
                .toList();
        var size = query.pageSize() == null ? PAGE_SIZE : query.pageSize();
        int from;
        int to;
        if (query.before() != null) {
            to = position(query.before(), sort, passing.size(), UpsunListQuery.PAGE_BEFORE);
            from = Math.max(0, to - size);
        } else {
            from = query.after() == null ? 0 : position(query.after(), sort, passing.size(), UpsunListQuery.PAGE_AFTER);
            to = Math.min(passing.size(), from + size);
        }
        var links = Links.page(
                path,
                query.given(),
                from > 0 ? cursor(sort, from) : null,
                to < passing.size() ? cursor(sort, to) : null);
        return new OrganizationList(passing.size(), passing.subList(from, to), links);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<OrganizationResponse> order(List<String> sort) {
        Comparator<OrganizationResponse> order = (left, right) -> 0;
        for (var field : sort) {
            var key = (Function) SORT_KEYS.get(field.replaceFirst("^-", ""));
            Comparator<OrganizationResponse> byField = Comparator.comparing(key);
            order = order.thenComparing(field.startsWith("-") ? byField.reversed() : byField);
        }
        return order.thenComparing(OrganizationResponse::id);
    }

    /** A position in the list sorted by {@code sort}, opaque to clients. */
    private static String cursor(String sort, int position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((sort + "|" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int position(String cursor, String sort, int length, String parameter) {
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            var separator = text.lastIndexOf('|');
            var position = Integer.parseInt(text.substring(separator + 1));
            if (separator >= 0 && text.substring(0, separator).equals(sort) && position >= 0 && position <= length) {
                return position;
            }
        } catch (IllegalArgumentException e) {
            // Not one of this list's cursors: refused below.
        }
        throw ApiException.badRequest(
                "Invalid value of " + parameter + "; expected a cursor from this list's links with the same sort.");
    }
}
