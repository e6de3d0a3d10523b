package io.accountsapi.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** HAL-style {@code _links} as Upsun returns them; clients follow {@code self} to update a resource. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Links(Link self, Link profile, Link address) {

    public record Link(@Schema(description = "URL of the link.", example = "https://accounts.example.com/organizations/01EY8BWRSQ56EY1TDC32PARAJS/profile") String href) {
    }

    public static Links self(String path) {
        return new Links(absolute(path), null, null);
    }

    public static Links organization(String organizationId) {
        var base = "/organizations/" + organizationId;
        return new Links(absolute(base), absolute(base + "/profile"), absolute(base + "/address"));
    }

    /** The absolute URL of a path as the client reached this server (honouring a trusted proxy's forwarded host). */
    private static Link absolute(String path) {
        return new Link(ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString());
    }
}
