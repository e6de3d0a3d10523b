package io.accountsapi.probely;

import io.accountsapi.probely.drf.DrfMessages;
import io.accountsapi.probely.drf.Required;
import io.accountsapi.user.NewMembership;
import io.accountsapi.user.Tier;
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

    /** The team counts only for the team tier, and the target for the target tier. */
    NewMembership.RoleChoice choice() {
        var where = scope.orElse(null);
        return new NewMembership.RoleChoice(
                Sent.id(role),
                where == null ? null : where.tier().orElse(null),
                where == null ? null : where.referenced(Tier.TEAM, ScopeInput::team),
                where == null ? null : where.referenced(Tier.TARGET, ScopeInput::target));
    }
}
