package io.accountsapi.user;

import io.accountsapi.drf.DrfMessages;
import io.accountsapi.drf.Required;
import io.accountsapi.user.roles.Tier;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.valueextraction.Unwrapping;
import org.openapitools.jackson.nullable.JsonNullable;

/** A role a new user holds, and where: {@code {"role": {"id"}, "scope": {"tier", "team": {"id"}, "target": {"id"}}}}. */
@Schema(name = "UserRoleRequest")
record RoleInput(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        @Required(payload = Unwrapping.Skip.class)
        @NotNull(message = DrfMessages.NOT_NULL)
        @Valid
        JsonNullable<IdRef> role,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        @Required(payload = Unwrapping.Skip.class)
        @NotNull(message = DrfMessages.NOT_NULL)
        @Valid
        JsonNullable<ScopeInput> scope) {

    String roleId() {
        return role.get().id().get();
    }

    String tier() {
        return scope.get().tier().get();
    }

    /** The team, when the tier is team; otherwise what was sent for it does not count. */
    String teamId() {
        return scope.get().referenced(Tier.TEAM, ScopeInput::team);
    }

    String targetId() {
        return scope.get().referenced(Tier.TARGET, ScopeInput::target);
    }
}
