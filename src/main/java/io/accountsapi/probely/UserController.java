package io.accountsapi.probely;

import io.accountsapi.auth.Caller;
import io.accountsapi.probely.drf.DrfBodyArgumentResolver;
import io.accountsapi.probely.drf.DrfListParameters;
import io.accountsapi.probely.drf.DrfValidator;
import io.accountsapi.usecase.Write;
import io.accountsapi.user.MembershipChanges;
import io.accountsapi.user.MembershipDetails;
import io.accountsapi.user.UserService;
import io.accountsapi.web.ETags;
import io.accountsapi.web.IfMatch;
import io.accountsapi.web.StrictHandling;
import io.accountsapi.web.Uuids;
import io.accountsapi.web.WriteHeaders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Probely's user endpoints. Writes come in JSON or as forms (urlencoded or multipart), bound to one body record by
 * {@link DrfBodyArgumentResolver}; Swagger's {@code @RequestBody} documents it (Spring MVC's would claim the parameter
 * for JSON alone). Paths answer with and without the trailing slash.
 */
@RestController
@Tag(name = "Users", description = "Probely user management")
class UserController {

    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED_VALUE;
    private static final String MULTIPART = MediaType.MULTIPART_FORM_DATA_VALUE;
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final UserService service;
    private final DrfValidator validator;
    private final ETags etags;
    private final UserMapper mapper;

    UserController(UserService service, DrfValidator validator, ETags etags, UserMapper mapper) {
        this.mapper = mapper;
        this.service = service;
        this.validator = validator;
        this.etags = etags;
    }

    @GetMapping(
            path = {"/users", "/users/"},
            produces = JSON)
    @Operation(
            operationId = "users_list",
            summary = "List Users",
            description = "Paginated and filtered; every filter "
                    + "given applies. Repeatable filters also take comma-separated ids.")
    @DrfListParameters.Paginated
    @UserQuery.Parameters
    UserList list(
            @AuthenticationPrincipal Caller caller,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query) {
        var users = UserQuery.from(query);
        return UserList.of(service.list(caller, users.search()).map(mapper::user), users);
    }

    @PostMapping(
            path = {"/users", "/users/"},
            consumes = {JSON, FORM, MULTIPART},
            produces = JSON)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "users_create", summary = "Create User")
    @StrictHandling
    UserResponse create(@AuthenticationPrincipal Caller caller, WriteHeaders write, @RequestBody UserCreate body) {
        return mapper.user(service.create(caller, body.membership(), () -> validator.validate(body, write)));
    }

    /** A UUID without the slash names a user in Upsun's dialect, which serves it; Probely's ids are never UUIDs. */
    @GetMapping(
            path = {"/users/{id:" + Uuids.NOT_A_UUID + "}", "/users/{id}/"},
            produces = JSON)
    @Operation(operationId = "users_retrieve", summary = "Retrieve User")
    UserResponse get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return mapper.user(service.get(caller, id));
    }

    @PutMapping(
            path = {"/users/{id}", "/users/{id}/"},
            consumes = {JSON, FORM, MULTIPART},
            produces = JSON)
    @Operation(
            operationId = "users_update",
            summary = "Update User",
            description = "All writable fields; labels is required.")
    @IfMatch
    @StrictHandling
    UserResponse replace(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String id,
            WriteHeaders write,
            @RequestBody UserPatch body) {
        return mapper.user(service.update(caller, id, write(body, write, UserPatch.Replacing.class)));
    }

    @PatchMapping(
            path = {"/users/{id}", "/users/{id}/"},
            consumes = {JSON, FORM, MULTIPART},
            produces = JSON)
    @Operation(
            operationId = "users_partial_update",
            summary = "Partial Update User",
            description = "Changes only the fields sent. labels replaces the "
                    + "user's whole label list (matched by name; new names create labels). Users may change their own name and "
                    + "title; everything else needs the Admin role.")
    @IfMatch
    @StrictHandling
    UserResponse patch(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String id,
            WriteHeaders write,
            @RequestBody UserPatch body) {
        return mapper.user(service.update(caller, id, write(body, write)));
    }

    @DeleteMapping({"/users/{id}", "/users/{id}/"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "users_destroy",
            summary = "Deactivate User",
            description = "The user is kept with active false; their keys stop working.")
    @IfMatch
    void deactivate(@AuthenticationPrincipal Caller caller, @PathVariable String id, WriteHeaders write) {
        service.deactivate(caller, id, Write.expecting(etags.expectation(write.ifMatch(), mapper::user)));
    }

    @GetMapping(
            path = {"/profile", "/profile/"},
            produces = JSON)
    @Operation(operationId = "profile_retrieve", summary = "User data", description = "The caller, as a User.")
    UserResponse profile(@AuthenticationPrincipal Caller caller) {
        return mapper.user(service.profile(caller));
    }

    /** The domain's write of a PATCH or PUT, checked with DRF's rules ({@code groups}: PUT's on top). */
    private Write<MembershipChanges, MembershipDetails> write(
            UserPatch body, WriteHeaders headers, Class<?>... groups) {
        return new Write<>(
                body.changes(),
                () -> validator.validate(body, headers, groups),
                etags.expectation(headers.ifMatch(), mapper::user));
    }
}
