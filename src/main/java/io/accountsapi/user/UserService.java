package io.accountsapi.user;

import io.accountsapi.Ids;
import io.accountsapi.auth.BuiltInRoles;
import io.accountsapi.auth.Caller;
import io.accountsapi.web.ApiException;
import io.accountsapi.web.ApiProblem;
import io.accountsapi.web.ETags;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The users dialect. Every method first makes sure the user is in the caller's organization (else 404, exactly as
 * for a missing one), then checks rights (403), then validates the body (400), as Django REST Framework does;
 * writes then compare If-Match with the current representation under the row's lock (412).
 */
@Service
public class UserService {

    private final UserRepository users;
    private final LabelRepository labels;
    private final RoleRepository roles;
    private final TeamRepository teams;
    private final TargetRepository targets;
    private final DrfValidator validator;
    private final ETags etags;
    private final ObjectReader userJson;
    private final Clock clock;

    UserService(UserRepository users, LabelRepository labels, RoleRepository roles, TeamRepository teams,
                TargetRepository targets, DrfValidator validator, ETags etags, JsonMapper json, Clock clock) {
        this.users = users;
        this.labels = labels;
        this.roles = roles;
        this.teams = teams;
        this.targets = targets;
        this.validator = validator;
        this.etags = etags;
        // The database's own JSON: no client wrote it, so the duplicate-key check request bodies need is skipped.
        this.userJson = json.readerFor(UserResponse.class).without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        this.clock = clock;
    }

    public boolean emailTaken(String email) {
        return users.emailTaken(email);
    }

    /**
     * Creates an active user holding {@code roleId} account-wide, outside any request (bootstrap, demo data);
     * returns the new user's id. {@code changedById} null means the user made itself.
     */
    @Transactional
    public String create(String organizationId, String email, String name, String roleId, boolean billingAdmin,
                         String changedById) {
        var id = Ids.shortId();
        var user = new User(id, organizationId, email, name, "", true, billingAdmin,
                changedById == null ? null : users.getReferenceById(changedById), now());
        user.addRole(roles.getReferenceById(roleId), "account", null, null);
        users.saveAndFlush(user);
        return id;
    }

    // Reads are one statement each, so they run without a transaction (which would only add BEGIN and COMMIT).

    public UserList list(Caller caller, UserQuery query) {
        var rows = users.findPage(caller.organizationId(), query.searchPatterns(), query.active(), query.mfaEnabled(),
                array(query.labelIds()), query.allLabels(), array(query.roleIds()), array(query.teamIds()),
                array(query.targetIds()), array(query.excludedTeamIds()), array(query.excludedTargetIds()),
                query.account(), query.noAccess(), query.orderBy(), query.length(), query.offset());
        if (rows.isEmpty() && query.page() > 1) {
            throw new ApiException(new ApiProblem.InvalidPage());
        }
        var total = rows.isEmpty() ? 0 : rows.getFirst().total();
        return new UserList(total, DrfListParameters.pageTotal(total, query.length()), query.page(), query.length(),
                rows.stream().map(row -> user(row.json())).toList(), query.excludedFields());
    }

    public UserResponse get(Caller caller, String userId) {
        return users.findJson(caller.organizationId(), userId).map(this::user).orElseThrow(UserService::userNotFound);
    }

    public UserResponse profile(Caller caller) {
        return get(caller, caller.userId());
    }

    @Transactional
    public UserResponse create(Caller caller, UserCreate body, boolean strict) {
        requireAdmin(caller);
        validator.validate(body, strict);
        var email = body.email().get();
        if (users.emailTaken(email)) {
            throw invalid("email", List.of(DrfMessages.EMAIL_TAKEN));
        }
        var roleInputs = body.userRoles().isPresent() ? body.userRoles().get().stream()
                .map(role -> new RoleChoice(role.roleId(), role.tier(), role.teamId(), role.targetId())).toList()
                : List.of(new RoleChoice(BuiltInRoles.MEMBER_ID, Tier.ACCOUNT.code(), null, null));
        checkRoles(caller.organizationId(), roleInputs);
        var now = now();
        var id = Ids.shortId();
        var user = new User(id, caller.organizationId(), email, body.name().orElse(""), body.title().orElse(""),
                body.active().orElse(true), false, users.getReferenceById(caller.userId()), now);
        if (body.labels().isPresent()) {
            user.addLabels(resolveLabels(caller, body.labels().get(), now).stream()
                    .map(labels::getReferenceById).collect(Collectors.toSet()));
        }
        roleInputs.stream().distinct().forEach(role -> user.addRole(roles.getReferenceById(role.roleId()), role.tier(),
                role.teamId() == null ? null : teams.getReferenceById(role.teamId()),
                role.targetId() == null ? null : targets.getReferenceById(role.targetId())));
        users.saveAndFlush(user);
        return get(caller, id);
    }

    /** A role a new user is to hold: the role, its tier, and the team or target of that tier. */
    private record RoleChoice(String roleId, String tier, String teamId, String targetId) {
    }

    /**
     * PATCH, and PUT ({@code replace}: labels required). {@code changed} and {@code changed_by} move only when
     * something really changes, which the save decides ({@link UserRepository#saveChanges}).
     */
    @Transactional
    public UserResponse update(Caller caller, String userId, UserPatch changes, boolean replace, boolean strict,
                               String ifMatch) {
        var stored = users.lockEditable(caller.organizationId(), userId).orElseThrow(UserService::userNotFound);
        var self = userId.equals(caller.userId());
        if (!caller.admin() && (!self || changes.sendsAdminOnlyFields())) {
            throw ApiException.forbidden(DrfMessages.PERMISSION_DENIED);
        }
        validator.validate(changes, strict, replace ? new Class<?>[] {UserPatch.Replacing.class} : new Class<?>[0]);
        if (self && changes.active().orElse(true) == Boolean.FALSE) {
            throw invalid("active", List.of("You cannot deactivate yourself."));
        }
        etags.requireMatch(ifMatch, () -> get(caller, userId));
        var now = now();
        var labelIds = changes.labels().isPresent()
                ? resolveLabels(caller, changes.labels().get(), now).toArray(String[]::new) : null;
        users.saveChanges(userId, changes.name().orElse(stored.name()), changes.title().orElse(stored.title()),
                changes.active().orElse(stored.active()), labelIds, caller.userId(), now);
        return get(caller, userId);
    }

    /** DELETE: the user is deactivated, never removed, so their history stays. */
    @Transactional
    public void deactivate(Caller caller, String userId, String ifMatch) {
        var stored = users.lockEditable(caller.organizationId(), userId).orElseThrow(UserService::userNotFound);
        requireAdmin(caller);
        if (userId.equals(caller.userId())) {
            throw invalid("non_field_errors", List.of("You cannot deactivate yourself."));
        }
        etags.requireMatch(ifMatch, () -> get(caller, userId));
        users.saveChanges(userId, stored.name(), stored.title(), false, null, caller.userId(), now());
    }

    /**
     * The ids of the caller's labels by name: existing ones are reused (and recolored when a color is sent), new
     * ones are added to the organization's catalogue. When a name is sent twice, its last color wins.
     */
    private Set<String> resolveLabels(Caller caller, List<LabelInput> inputs, Instant now) {
        if (inputs.isEmpty()) {
            return Set.of();
        }
        Map<String, String> colorByName = new LinkedHashMap<>();
        inputs.forEach(input -> colorByName.merge(input.name().get(), input.color().orElse(""),
                (earlier, later) -> input.colorSent() == null ? earlier : later));
        Set<String> colorSent = inputs.stream().filter(input -> input.colorSent() != null)
                .map(input -> input.name().get()).collect(Collectors.toSet());
        var organizationId = caller.organizationId();
        var stored = byName(labels.findByNames(organizationId, colorByName.keySet().toArray(String[]::new)));
        Set<String> ids = new HashSet<>();
        Map<String, String> newIds = new HashMap<>();
        colorByName.keySet().stream().filter(name -> !stored.containsKey(name))
                .forEach(name -> newIds.put(name, Ids.shortId()));
        if (!newIds.isEmpty()) {
            var names = List.copyOf(newIds.keySet());
            var added = labels.insertAbsent(organizationId, names.stream().map(newIds::get).toArray(String[]::new),
                    names.toArray(String[]::new), names.stream().map(colorByName::get).toArray(String[]::new),
                    caller.userId(), now);
            added.forEach(name -> ids.add(newIds.get(name)));
            var addedMeanwhile = names.stream().filter(name -> !added.contains(name)).toArray(String[]::new);
            if (addedMeanwhile.length > 0) {
                stored.putAll(byName(labels.findByNames(organizationId, addedMeanwhile)));
            }
        }
        stored.forEach((name, label) -> {
            var color = colorByName.get(name);
            if (colorSent.contains(name) && !label.color().equals(color)) {
                labels.recolor(label.id(), color, caller.userId(), now);
            }
            ids.add(label.id());
        });
        return Set.copyOf(ids);
    }

    private static Map<String, LabelRepository.StoredLabel> byName(Collection<LabelRepository.StoredLabel> found) {
        return found.stream().collect(Collectors.toMap(LabelRepository.StoredLabel::name, Function.identity(),
                (a, b) -> a, HashMap::new));
    }

    /** Roles must exist; teams and targets must be the organization's. Errors are aligned with the roles sent. */
    private void checkRoles(String organizationId, List<RoleChoice> inputs) {
        var roleIds = ids(roles.findAllById(inputs.stream().map(RoleChoice::roleId).toList()), Role::id);
        var teamIds = ids(teams.findByOrganizationIdAndIdIn(organizationId,
                present(inputs.stream().map(RoleChoice::teamId).toList())), Team::id);
        var targetIds = ids(targets.findByOrganizationIdAndIdIn(organizationId,
                present(inputs.stream().map(RoleChoice::targetId).toList())), Target::id);
        List<Map<String, Object>> errors = new ArrayList<>();
        for (var role : inputs) {
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

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    private static <T> Set<String> ids(Collection<T> found, Function<T, String> id) {
        return found.stream().map(id).collect(Collectors.toSet());
    }

    private static List<String> present(List<String> ids) {
        return ids.stream().filter(Objects::nonNull).toList();
    }

    /** A user as the API shows it, from the JSON its query builds in that very shape. */
    private UserResponse user(String json) {
        return userJson.readValue(json);
    }

    static void requireAdmin(Caller caller) {
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
