package io.accountsapi.upsun.response;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * HAL-style {@code _links} as Upsun returns them: clients follow {@code self} to read a resource and {@code update} to
 * change it, an organization's links to its parts, a list's {@code previous} and {@code next} to its neighbouring pages,
 * {@code ref:users:0} to the users a resource refers to.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Links(
        Link self,
        Link update,

        @JsonProperty("#edit")
        @Schema(description = "How to update it, as the HAL style of Upsun's JavaScript client names it.")
        Link edit,

        Link delete,
        @JsonProperty("create-member") Link createMember,
        Link previous,
        Link next,
        Link profile,
        Link address,
        Link members,

        @JsonProperty("ref:users:0")
        @Schema(
                description = "What the resource refers to: a list's users (a map of user references by UUID), a"
                        + " member's user.")
        Link referencedUsers) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Link(
            @Schema(
                    description = "URL of the link.",
                    example = "https://accounts.example.com/organizations/01EY8BWRSQ56EY1TDC32PARAJS/profile")
            String href,

            @Schema(description = "The HTTP method to use, where it is not GET.", example = "PATCH")
            String method) {

        public Link(String href) {
            this(href, null);
        }
    }

    public static Links self(String path) {
        return new Links(absolute(path), null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * These links, and {@code ref:users:0} to the users a list refers to: their references by id ({@code /ref/users}, a
     * map); none when there are none.
     */
    public Links withReferencedUsers(List<String> userIds) {
        var users = userIds.isEmpty()
                ? null
                : new Link(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/ref/users")
                        .queryParam("in", String.join(",", userIds))
                        .encode()
                        .toUriString());
        return new Links(self, update, edit, delete, createMember, previous, next, profile, address, members, users);
    }

    /** These links, and {@code ref:users:0} to the one user a resource refers to, at {@code path}. */
    public Links withReferencedUser(String path) {
        return new Links(
                self, update, edit, delete, createMember, previous, next, profile, address, members, absolute(path));
    }

    /**
     * An organization: itself, how to update and delete it (the JS client looks for {@code update} and {@code delete}),
     * its parts, and how to add a member.
     */
    public static Links organization(String organizationId) {
        var base = "/organizations/" + organizationId;
        var self = absolute(base);
        var members = absolute(base + "/members");
        return new Links(
                self,
                new Link(self.href(), "PATCH"),
                null,
                new Link(self.href(), "DELETE"),
                new Link(members.href(), "POST"),
                null,
                null,
                absolute(base + "/profile"),
                absolute(base + "/address"),
                members,
                null);
    }

    /**
     * A page of a list at {@code path} reached with the {@code query} parameters: {@code previous} and {@code next},
     * when not null, are the values of the {@code page[before]} and {@code page[after]} cursors that reach the
     * neighbouring pages, each link keeping the query's other parameters.
     */
    public static Links page(
            String path, MultiValueMap<String, String> query, String previousBefore, String nextAfter) {
        return new Links(
                absolute(path),
                null,
                null,
                null,
                null,
                cursor(path, query, "page[before]", previousBefore),
                cursor(path, query, "page[after]", nextAfter),
                null,
                null,
                null,
                null);
    }

    private static Link cursor(String path, MultiValueMap<String, String> query, String parameter, String value) {
        if (value == null) {
            return null;
        }
        var kept = new LinkedMultiValueMap<>(query);
        kept.remove("page[before]");
        kept.remove("page[after]");
        kept.add(parameter, value);
        return new Link(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(path)
                .queryParams(kept)
                .encode()
                .toUriString());
    }

    /** A member: itself, how to update it (also as {@code #edit}) and how to delete it: what Upsun's JS client follows. */
    public static Links member(String path) {
        var self = absolute(path);
        var update = new Link(self.href(), "PATCH");
        return new Links(
                self, update, update, new Link(self.href(), "DELETE"), null, null, null, null, null, null, null);
    }

    /** The absolute URL of a path as the client reached this server (honouring a trusted proxy's forwarded host). */
    private static Link absolute(String path) {
        return new Link(
                ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString());
    }
}
