package io.accountsapi.user;

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
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final UserRepository users;
    private final UserRoleRepository userRoles;
    private final LabelRepository labels;
    private final UserReads reads;
    private final ETags etags;
    private final JdbcClient jdbc;
    private final Clock clock;

    public UserService(UserRepository users, UserRoleRepository userRoles, LabelRepository labels, UserReads reads,
                       ETags etags, JdbcClient jdbc, Clock clock) {
        this.users = users;
        this.userRoles = userRoles;
        this.labels = labels;
        this.reads = reads;
        this.etags = etags;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean emailTaken(String email) {
        return users.existsByEmailIgnoreCase(email);
    }

    /**
     * Creates an active user holding {@code roleId} account-wide, outside any request (bootstrap, demo data);
     * returns the new user's id. {@code changedById} null means the user made itself.
     */
    @Transactional
    public String create(String organizationId, String email, String name, String roleId, boolean billingAdmin,
                         String changedById) {
        var user = users.save(new User(organizationId, email, name, "", true, billingAdmin, changedById, now()));
        userRoles.save(UserRole.accountWide(user.id(), roleId));
        return user.id();
    }

    @Transactional(readOnly = true)
    public UserList list(Caller caller, UserQuery query) {
        var count = reads.count(caller.organizationId(), query);
        var pageTotal = (count + query.length() - 1) / query.length();
        if (query.page() > Math.max(1, pageTotal)) {
            throw new ApiException(new ApiProblem.InvalidPage());
        }
        var results = count == 0 ? List.<UserResponse>of() : reads.findPage(caller.organizationId(), query);
        return new UserList(count, pageTotal, query.page(), query.length(), results);
    }

    @Transactional(readOnly = true)
    public UserResponse get(Caller caller, String userId) {
        return reads.findOne(caller.organizationId(), userId).orElseThrow(UserService::userNotFound);
    }

    @Transactional(readOnly = true)
    public UserResponse profile(Caller caller) {
        return get(caller, caller.userId());
    }

    @Transactional
    public UserResponse create(Caller caller, JsonNode body, boolean strict) {
        requireAdmin(caller);
        var changes = checked(UserBodyParser.parse(body, UserBodyParser.Mode.CREATE), strict);
        var email = changes.email().get();
        if (users.existsByEmailIgnoreCase(email)) {
            throw invalid("email", List.of(DrfMessages.EMAIL_TAKEN));
        }
        var roles = changes.userRoles().orElse(List.of(new UserChanges.RoleInput(Role.MEMBER_ID, "account", null, null)));
        checkRoles(caller.organizationId(), roles);
        var now = now();
        var user = users.save(new User(caller.organizationId(), email, changes.name().orElse(""),
                changes.title().orElse(""), changes.active().orElse(true), false, caller.userId(), now));
        changes.labels().ifPresent(list -> user.apply(changes, resolveLabels(caller, list, now), caller.userId(), now));
        userRoles.saveAll(roles.stream().distinct().map(role -> UserRole.of(user.id(), role)).toList());
        users.flush();
        return get(caller, user.id());
    }

    /** PUT ({@code mode} REPLACE: labels required) and PATCH. */
    @Transactional
    public UserResponse update(Caller caller, String userId, JsonNode body, UserBodyParser.Mode mode, boolean strict,
                               String ifMatch) {
        var user = users.findForUpdate(userId, caller.organizationId()).orElseThrow(UserService::userNotFound);
        var self = user.id().equals(caller.userId());
        if (!caller.admin() && (!self || sendsAdminOnlyFields(body))) {
            throw ApiException.forbidden(DrfMessages.PERMISSION_DENIED);
        }
        var changes = checked(UserBodyParser.parse(body, mode), strict);
        if (self && changes.active().orElse(true) == Boolean.FALSE) {
            throw invalid("active", List.of("You cannot deactivate yourself."));
        }
        etags.requireMatch(ifMatch, () -> get(caller, userId));
        var now = now();
        var newLabels = changes.labels().isPresent() ? resolveLabels(caller, changes.labels().get(), now) : null;
        user.apply(changes, newLabels, caller.userId(), now);
        users.flush();
        return get(caller, userId);
    }

    /** DELETE: the user is deactivated, never removed, so their history stays. */
    @Transactional
    public void deactivate(Caller caller, String userId, String ifMatch) {
        var user = users.findForUpdate(userId, caller.organizationId()).orElseThrow(UserService::userNotFound);
        requireAdmin(caller);
        if (user.id().equals(caller.userId())) {
            throw invalid("non_field_errors", List.of("You cannot deactivate yourself."));
        }
        etags.requireMatch(ifMatch, () -> get(caller, userId));
        user.deactivate(caller.userId(), now());
    }

    /**
     * The caller's labels by name: existing ones are reused (and recolored when a color is sent), new ones are
     * created in the organization's catalogue.
     */
    private Set<Label> resolveLabels(Caller caller, List<UserChanges.LabelInput> inputs, Instant now) {
        Map<String, String> colorByName = new LinkedHashMap<>();
        inputs.forEach(input -> colorByName.merge(input.name(), input.color() == null ? "" : input.color(),
                (earlier, later) -> input.color() == null ? earlier : later));
        Map<String, Label> existing = labels.findByOrganizationIdAndNameIn(caller.organizationId(), colorByName.keySet())
                .stream().collect(Collectors.toMap(Label::name, Function.identity()));
        Set<Label> resolved = new HashSet<>();
        for (var input : inputs) {
            var label = existing.get(input.name());
            if (label == null) {
                label = labels.save(new Label(caller.organizationId(), input.name(), colorByName.get(input.name()),
                        caller.userId(), now));
                existing.put(input.name(), label);
            } else if (input.color() != null) {
                label.recolor(input.color(), caller.userId(), now);
            }
            resolved.add(label);
        }
        return resolved;
    }

    /** Roles must exist; teams and targets must be the organization's. Errors are aligned with the roles sent. */
    private void checkRoles(String organizationId, List<UserChanges.RoleInput> roles) {
        var roleIds = existing("SELECT id FROM roles WHERE id IN (:ids)", null,
                roles.stream().map(UserChanges.RoleInput::roleId).toList());
        var teamIds = existing("SELECT id FROM teams WHERE organization_id = :organization AND id IN (:ids)",
                organizationId, roles.stream().map(UserChanges.RoleInput::teamId).toList());
        var targetIds = existing("SELECT id FROM targets WHERE organization_id = :organization AND id IN (:ids)",
                organizationId, roles.stream().map(UserChanges.RoleInput::targetId).toList());
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

    private Set<String> existing(String sql, String organizationId, List<String> ids) {
        var wanted = ids.stream().filter(id -> id != null).distinct().toList();
        if (wanted.isEmpty()) {
            return Set.of();
        }
        var statement = jdbc.sql(sql).param("ids", wanted);
        if (organizationId != null) {
            statement = statement.param("organization", organizationId);
        }
        return Set.copyOf(statement.query(String.class).list());
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
