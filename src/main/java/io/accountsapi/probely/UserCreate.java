package io.accountsapi.probely;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.accountsapi.probely.drf.DrfBinding;
import io.accountsapi.probely.drf.DrfBody;
import io.accountsapi.probely.drf.DrfMessages;
import io.accountsapi.probely.drf.NotBlankText;
import io.accountsapi.probely.drf.Required;
import io.accountsapi.user.NewMembership;
import io.accountsapi.web.PatchBody;
import io.accountsapi.web.PlainText;
import io.accountsapi.web.TextFormats;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openapitools.jackson.nullable.JsonNullable;

/** Body of {@code POST /users/}: an e-mail, and optionally the fields a PATCH takes and the user's roles. */
@Schema(name = "UserCreateRequest")
record UserCreate(
        @Schema(
                description = "Email of the user.",
                format = "email",
                example = "new.user@example.com",
                types = "string",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @Required(payload = Unwrapping.Skip.class)
        @NotNull(message = DrfMessages.NOT_NULL)
        @NotBlankText
        @Size(max = MAX_EMAIL, message = DrfMessages.MAX_LENGTH)
        @Pattern(regexp = TextFormats.EMAIL_OR_EMPTY, message = DrfMessages.INVALID_EMAIL)
        @PlainText(nullMessage = DrfMessages.NULL_CHARACTERS)
        @DrfBinding.DrfText
        JsonNullable<String> email,

        @Schema(description = "Name of the user.", example = "Jane Smith", types = "string") @UserFields.Name
        JsonNullable<String> name,

        @Schema(description = "Job title.", implementation = Title.class) @UserFields.JobTitle
        JsonNullable<String> title,

        @Schema(defaultValue = "true", types = "boolean") @UserFields.Active
        JsonNullable<Boolean> active,

        @Schema(description = "The user's labels, matched by name; new names create labels.") @UserFields.Labels
        JsonNullable<List<@NotNull(message = DrfMessages.NOT_A_DICTIONARY_BUT_NONE) @Valid LabelInput>> labels,

        @Schema(description = "Roles of the user; default: Member at account tier.")
        @NotNull(message = DrfMessages.NOT_NULL)
        @Size(max = 100, message = DrfMessages.MAX_ITEMS)
        JsonNullable<List<@NotNull(message = DrfMessages.NOT_A_DICTIONARY_BUT_NONE) @Valid RoleInput>> userRoles,

        @JsonAnySetter @Schema(hidden = true) Map<String, Object> ignoredFields,

        @JsonIgnore @Schema(hidden = true) Map<String, String> unreadable)
        implements DrfBody<UserCreate> {

    static final int MAX_EMAIL = 254;

    UserCreate {
        ignoredFields = ignoredFields == null ? new LinkedHashMap<>() : ignoredFields;
    }

    NewMembership membership() {
        return new NewMembership(
                email.orElse(null),
                PatchBody.sent(name),
                PatchBody.sent(title),
                PatchBody.sent(active),
                Sent.items(labels, LabelInput::labelName),
                Sent.items(userRoles, RoleInput::choice));
    }

    @Override
    public UserCreate withUnreadable(Map<String, String> unreadable) {
        return new UserCreate(email, name, title, active, labels, userRoles, ignoredFields, unreadable);
    }
}
