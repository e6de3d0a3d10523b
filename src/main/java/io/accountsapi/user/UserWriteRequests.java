package io.accountsapi.user;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The request bodies of the users dialect as Swagger UI shows them. Bodies are read by {@link UserBodyParser}, which
 * gives DRF's errors for every encoding; these records only describe them.
 */
final class UserWriteRequests {

    private UserWriteRequests() {
    }

    @Schema(name = "PatchedUserRequest", description = "All fields optional; omitted fields keep their value.")
    record Patch(
            @Schema(description = "Name of the user.", maxLength = 60, example = "Jane Smith") String name,
            @Schema(description = "Job title.", allowableValues = {"ceo", "cto", "cso", "seceng", "dev", "devop",
                    "manager", "other", ""}, example = "cto") String title,
            @Schema(description = "If true, the user can authenticate to Probely to interact with apps and the API. If "
                    + "false, the user's access to Probely's apps and API is blocked. Defaults to true.",
                    defaultValue = "true") Boolean active,
            @Schema(description = "The user's whole label list, replaced by the list sent; in forms as "
                    + "labels[0]name, labels[0]color.", maxLength = 100) List<LabelRequest> labels) {
    }

    @Schema(name = "UserRequest", description = "PUT: labels is required; omitted fields keep their value.")
    record Replace(
            @Schema(description = "Name of the user.", maxLength = 60) String name,
            @Schema(description = "Job title.", allowableValues = {"ceo", "cto", "cso", "seceng", "dev", "devop",
                    "manager", "other", ""}) String title,
            @Schema(defaultValue = "true") Boolean active,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<LabelRequest> labels) {
    }

    @Schema(name = "UserCreateRequest")
    record Create(
            @Schema(description = "Email of the user.", format = "email", maxLength = 254,
                    requiredMode = Schema.RequiredMode.REQUIRED, example = "new.user@example.com") String email,
            @Schema(description = "Name of the user.", maxLength = 60) String name,
            @Schema(description = "Job title.", allowableValues = {"ceo", "cto", "cso", "seceng", "dev", "devop",
                    "manager", "other", ""}) String title,
            @Schema(defaultValue = "true") Boolean active,
            List<LabelRequest> labels,
            @Schema(description = "Roles of the user; default: Member at account tier.") List<UserRoleRequest> userRoles) {
    }

    @Schema(name = "LabelRequest")
    record LabelRequest(
            @Schema(description = "Name of the label. The maximum length is 255 characters.", maxLength = 255,
                    requiredMode = Schema.RequiredMode.REQUIRED, example = "backend") String name,
            @Schema(description = "Color of the label, in RGB hexadecimal format prefixed with \"#\". For example, "
                    + "\"#00FF00\" for green.", pattern = "^[a-zA-Z0-9#_-]*$", example = "#00FF00") String color) {
    }

    @Schema(name = "UserRoleRequest")
    record UserRoleRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) IdRef role,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ScopeRequest scope) {
    }

    @Schema(name = "UserRoleScopeRequest")
    record ScopeRequest(
            @Schema(allowableValues = {"account", "team", "target"}, requiredMode = Schema.RequiredMode.REQUIRED)
            String tier,
            @Schema(description = "Required when tier is team.") IdRef team,
            @Schema(description = "Required when tier is target.") IdRef target) {
    }

    @Schema(name = "IdRef")
    record IdRef(@Schema(description = "A unique Base58 value identifying this object.", minLength = 12, maxLength = 12,
            example = "MemberRoLe11") String id) {
    }
}
