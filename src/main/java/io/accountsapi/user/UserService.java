package io.accountsapi.user;

import io.accountsapi.Ids;
import io.accountsapi.auth.Caller;
import io.accountsapi.web.ApiException;
import io.accountsapi.web.ApiProblem;
import io.accountsapi.web.ETags;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The users dialect. Every method first makes sure the user is in the caller's organization (else 404, exactly as
 * for a missing one), then checks rights (403), then validates the body (400), as Django REST Framework does;
 * writes then compare If-Match with the current representation under the row's lock (412).
 */
@Service
public class UserService {

    private final UserWrites writes;
    private final UserReads reads;
    private final ETags etags;
    private final Clock clock;

    public UserService(UserWrites writes, UserReads reads, ETags etags, Clock clock) {
        this.writes = writes;
        this.reads = reads;
        this.etags = etags;
        this.clock = clock;
    }

    public boolean emailTaken(String email) {
        return writes.emailTaken(email);
    }

    /**
     * Creates an active user holding {@code roleId} account-wide, outside any request (bootstrap, demo data);
     * returns the new user's id. {@code changedById} null means the user made itself.
     */
    @Transactional
    public String create(String organizationId, String email, String name, String roleId, boolean billingAdmin,
                         String changedById) {
        var id = Ids.shortId();
        writes.insert(id, organizationId, email, new UserWrites.UserState(name, "", true, Set.of()), billingAdmin,
                changedById == null ? id : changedById, now());
        writes.insertRole(id, new UserChanges.RoleInput(roleId, "account", null, null));
        return id;
    }

    // Reads are one statement each (see UserReads), so they run without a transaction.

    public UserList list(Caller caller, UserQuery query) {
        var page = reads.findPage(caller.organizationId(), query);
        if (page.users().isEmpty() && query.page() > 1) {
            throw new ApiException(new ApiProblem.InvalidPage());
        }
        var pageTotal = (page.total() + query.length() - 1) / query.length();
        return new UserList(page.total(), pageTotal, query.page(), query.length(), page.users());
    }

    public UserResponse get(Caller caller, String userId) {
        return reads.findOne(caller.organizationId(), userId).orElseThrow(UserService::userNotFound);
    }

    public UserResponse profile(Caller caller) {
        return get(caller, caller.userId());
    }

    @Transactional
    public UserResponse create(Caller caller, JsonNode body, boolean strict) {
        requireAdmin(caller);
        var changes = checked(UserBodyParser.parse(body, UserBodyParser.Mode.CREATE), strict);
        var email = changes.email().get();
        if (writes.emailTaken(email)) {
            throw invalid("email", List.of(DrfMessages.EMAIL_TAKEN));
        }
        var roles = changes.userRoles().orElse(List.of(new UserChanges.RoleInput(Role.MEMBER_ID, "account", null, null)));
        checkRoles(caller.organizationId(), roles);
        var now = now();
        var id = Ids.shortId();
        var state = new UserWrites.UserState(changes.name().orElse(""), changes.title().orElse(""),
                changes.active().orElse(true), Set.of());
        writes.insert(id, caller.organizationId(), email, state, false, caller.userId(), now);
        if (changes.labels().isPresent() && !changes.labels().get().isEmpty()) {
            var labelIds = resolveLabels(caller, changes.labels().get(), now);
            writes.save(id, new UserWrites.UserState(state.name(), state.title(), state.active(), labelIds),
                    caller.userId(), now);
        }
        roles.stream().distinct().forEach(role -> writes.insertRole(id, role));
        return get(caller, id);
    }

    /**
     * PUT ({@code mode} REPLACE: labels required) and PATCH. {@code changed} and {@code changed_by} move only when
     * something really changes.
     */
    @Transactional
    public UserResponse update(Caller caller, String userId, JsonNode body, UserBodyParser.Mode mode, boolean strict,
                               String ifMatch) {
        var current = writes.lock(caller.organizationId(), userId).orElseThrow(UserService::userNotFound);
        var self = userId.equals(caller.userId());
        if (!caller.admin() && (!self || sendsAdminOnlyFields(body))) {
            throw ApiException.forbidden(DrfMessages.PERMISSION_DENIED);
        }
        var changes = checked(UserBodyParser.parse(body, mode), strict);
        if (self && changes.active().orElse(true) == Boolean.FALSE) {
            throw invalid("active", List.of("You cannot deactivate yourself."));
        }
        etags.requireMatch(ifMatch, () -> get(caller, userId));
        var now = now();
        var next = new UserWrites.UserState(changes.name().orElse(current.name()),
                changes.title().orElse(current.title()), changes.active().orElse(current.active()),
                changes.labels().isPresent() ? resolveLabels(caller, changes.labels().get(), now) : current.labelIds());
        if (!next.equals(current)) {
            writes.save(userId, next, caller.userId(), now);
        }
        return get(caller, userId);
    }

    /** DELETE: the user is deactivated, never removed, so their history stays. */
    @Transactional
    public void deactivate(Caller caller, String userId, String ifMatch) {
        var current = writes.lock(caller.organizationId(), userId).orElseThrow(UserService::userNotFound);
        requireAdmin(caller);
        if (userId.equals(caller.userId())) {
            throw invalid("non_field_errors", List.of("You cannot deactivate yourself."));
        }
        etags.requireMatch(ifMatch, () -> get(caller, userId));
        if (current.active()) {
            writes.save(userId, current.deactivated(), caller.userId(), now());
        }
    }

    /**
     * The ids of the caller's labels by name: existing ones are reused (and recolored when a color is sent), new
     * ones are created in the organization's catalogue. When a name is sent twice, its last color wins.
     */
    private Set<String> resolveLabels(Caller caller, List<UserChanges.LabelInput> inputs, Instant now) {
        if (inputs.isEmpty()) {
            return Set.of();
        }
        Map<String, String> colorByName = new LinkedHashMap<>();
        inputs.forEach(input -> colorByName.merge(input.name(), input.color() == null ? "" : input.color(),
                (earlier, later) -> input.color() == null ? earlier : later));
        Set<String> colorSent = inputs.stream().filter(input -> input.color() != null)
                .map(UserChanges.LabelInput::name).collect(Collectors.toSet());
        Map<String, UserWrites.StoredLabel> stored = writes.labelsNamed(caller.organizationId(), colorByName.keySet())
                .stream().collect(Collectors.toMap(UserWrites.StoredLabel::name, Function.identity()));
        Set<String> ids = new HashSet<>();
        colorByName.forEach((name, color) -> {
            var label = stored.get(name);
            if (label == null) {
                label = new UserWrites.StoredLabel(Ids.shortId(), name, color);
                writes.insertLabel(label, caller.organizationId(), caller.userId(), now);
            } else if (colorSent.contains(name) && !label.color().equals(color)) {
                writes.recolorLabel(label.id(), color, caller.userId(), now);
            }
            ids.add(label.id());
        });
        return Set.copyOf(ids);
    }

    /** Roles must exist; teams and targets must be the organization's. Errors are aligned with the roles sent. */
    private void checkRoles(String organizationId, List<UserChanges.RoleInput> roles) {
        var roleIds = writes.existingRoleIds(roles.stream().map(UserChanges.RoleInput::roleId).toList());
        var teamIds = writes.existingTeamIds(organizationId, roles.stream().map(UserChanges.RoleInput::teamId).toList());
        var targetIds = writes.existingTargetIds(organizationId,
                roles.stream().map(UserChanges.RoleInput::targetId).toList());
        List<Map<String, Object>> errors = new ArrayList<>();
        for (var role : roles) {
            Map<String, Object> error = new LinkedHashMap<>();
            if (!roleIds.contains(role.roleId())) {
                error.put("role", Map.of("id", List.of(DrfMessages.doesNotExist(role.roleId()))));
            }
            Map<String, Object> scopeError = new LinkedHashMap<>();
            if (role.teamId() != null && !teamIds.contains(role.teamId())) {
                scopeError.put("team", Map.of("id", List.of(DrfMessages.doesNotExist(role.teamId()))));
            }
            if (role.targetId() != null && !targetIds.contains(role.targetId())) {
                scopeError.put("target", Map.of("id", List.of(DrfMessages.doesNotExist(role.targetId()))));
            }
            if (!scopeError.isEmpty()) {
                error.put("scope", scopeError);
            }
            errors.add(error);
        }
        if (errors.stream().anyMatch(error -> !error.isEmpty())) {
            throw invalid("user_roles", errors);
        }
    }

    private static UserChanges checked(UserChanges changes, boolean strict) {
        if (strict && !changes.ignoredFields().isEmpty()) {
            throw new ApiException(new ApiProblem.IgnoredFields(List.copyOf(changes.ignoredFields())));
        }
        return changes;
    }

    /** Whether the body names a field only an Admin may change; decided before validation, as permissions are. */
    private static boolean sendsAdminOnlyFields(JsonNode body) {
        return body != null && body.isObject() && (body.has("active") || body.has("labels"));
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.admin()) {
            throw ApiException.forbidden(DrfMessages.PERMISSION_DENIED);
        }
    }

    private static ApiException invalid(String field, Object errors) {
        return new ApiException(new ApiProblem.Invalid(Map.of(field, errors)));
    }

    private static ApiException userNotFound() {
        return ApiException.notFound("user");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
