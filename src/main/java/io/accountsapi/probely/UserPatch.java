package io.accountsapi.probely;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.accountsapi.probely.drf.DrfBody;
import io.accountsapi.probely.drf.DrfMessages;
import io.accountsapi.probely.drf.Required;
import io.accountsapi.user.MembershipChanges;
import io.accountsapi.web.PatchBody;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * Body of {@code PATCH /users/{id}/}, and of PUT, which must send {@code labels} ({@link Replacing}). Omitted fields
 * keep their value; {@code labels} replaces the user's whole label list. Any other field lands in
 * {@link #ignoredFields} and is never applied.
 */
@Schema(
        name = "PatchedUserRequest",
        description = "All fields optional; omitted fields keep their value. "
                + "PUT takes the same body with labels required.")
record UserPatch(
        @Schema(description = "Name of the user.", example = "Jane Smith", types = "string") @UserFields.Name
        JsonNullable<String> name,

        @Schema(description = "Job title.", implementation = Title.class, example = "cto") @UserFields.JobTitle
        JsonNullable<String> title,

        @Schema(
                description = "If true, the user can authenticate to Probely to interact with apps and the API. If "
                        + "false, the user's access to Probely's apps and API is blocked. Defaults to true.",
                defaultValue = "true",
                types = "boolean")
        @UserFields.Active
        JsonNullable<Boolean> active,

        @Schema(
                description = "The user's whole label list, replaced by the list sent; in forms as "
                        + "labels[0]name, labels[0]color.")
        @UserFields.Labels
        @Required(groups = Replacing.class, payload = Unwrapping.Skip.class)
        JsonNullable<List<@NotNull(message = DrfMessages.NOT_A_DICTIONARY_BUT_NONE) @Valid LabelInput>> labels,

        @JsonAnySetter @Schema(hidden = true) Map<String, Object> ignoredFields,

        @JsonIgnore @Schema(hidden = true) Map<String, String> unreadable)
        implements DrfBody<UserPatch> {

    /** The PUT rules, on top of the PATCH ones. */
    interface Replacing {}

    UserPatch {
        ignoredFields = ignoredFields == null ? new LinkedHashMap<>() : ignoredFields;
    }

    @Override
    public UserPatch withUnreadable(Map<String, String> unreadable) {
        return new UserPatch(name, title, active, labels, ignoredFields, unreadable);
    }

    /** Only an Admin may change whether the user is active and their labels, whatever the values sent. */
    MembershipChanges changes() {
        return new MembershipChanges(
                PatchBody.sent(name),
                PatchBody.sent(title),
                PatchBody.sent(active),
                Sent.items(labels, LabelInput::labelName),
                active.isPresent() || labels.isPresent());
    }
}
