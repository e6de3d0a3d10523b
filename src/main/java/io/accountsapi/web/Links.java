package io.accountsapi.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * HAL-style {@code _links} as Upsun returns them: clients follow {@code self} to read a resource and {@code update} to
 * change it, an organization's links to its parts, a list's {@code previous} and {@code next} to its neighbouring pages.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Links(Link self, Link update, Link previous, Link next, Link profile, Link address, Link members) {

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
        return new Links(absolute(path), null, null, null, null, null, null);
    }

    /** An organization: itself, how to update it (the JS client looks for {@code update}), and its parts. */
    public static Links organization(String organizationId) {
        var base = "/organizations/" + organizationId;
        var self = absolute(base);
        return new Links(
                self,
                new Link(self.href(), "PATCH"),
                null,
                null,
                absolute(base + "/profile"),
                absolute(base + "/address"),
                absolute(base + "/members"));
    }

    /**
     * A page of a list at {@code path}: {@code previous} and {@code next}, when not null, are the values of the
     * {@code page[before]} and {@code page[after]} cursors that reach the neighbouring pages.
     */
    public static Links page(String path, String previousBefore, String nextAfter) {
        return new Links(
                absolute(path),
                null,
                cursor(path, "page[before]", previousBefore),
                cursor(path, "page[after]", nextAfter),
                null,
                null,
                null);
    }

    private static Link cursor(String path, String parameter, String value) {
        return value == null
                ? null
                : new Link(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path(path)
                        .queryParam(parameter, value)
                        .encode()
                        .toUriString());
    }

    /** The absolute URL of a path as the client reached this server (honouring a trusted proxy's forwarded host). */
    private static Link absolute(String path) {
        return new Link(
                ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString());
    }
}
