package io.accountsapi.upsun;

import io.accountsapi.auth.Caller;
import io.accountsapi.organization.MemberService;
import io.accountsapi.upsun.list.UpsunListParameters;
import io.accountsapi.upsun.list.UpsunListQuery;
import io.accountsapi.upsun.list.UpsunLists;
import io.accountsapi.upsun.request.MemberCreate;
import io.accountsapi.upsun.request.MemberPatch;
import io.accountsapi.upsun.response.MemberList;
import io.accountsapi.upsun.response.MemberResponse;
import io.accountsapi.upsun.response.UpsunMapper;
import io.accountsapi.upsun.response.UpsunUserResponse;
import io.accountsapi.upsun.response.UserReference;
import io.accountsapi.usecase.Refused;
import io.accountsapi.web.ApiException;
import io.accountsapi.web.IfMatch;
import io.accountsapi.web.StrictHandling;
import io.accountsapi.web.Uuids;
import io.accountsapi.web.WriteHeaders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users as Upsun's clients see them: the current user and the organization's members, in Upsun's dialect (its error
 * shape claims these paths).
 */
@RestController
@Tag(name = "Organization Members", description = "The users of an organization, and the current user")
class MemberController {

    private static final String ORGANIZATION_ID = "organization_id";
    private static final String ORGANIZATION_ID_DESCRIPTION =
            "The ID of the organization. Prefix with name= to retrieve the organization by name instead.";

    private static final String IN = "in";
    private static final int REFERENCED_USERS_LIMIT = 100;

    private static final String MEMBER_ID_DESCRIPTION = "The ID of the member: its user's UUID.";

    private final MemberService service;
    private final UpsunWrites writes;
    private final UpsunMapper mapper;

    MemberController(MemberService service, UpsunWrites writes, UpsunMapper mapper) {
        this.service = service;
        this.writes = writes;
        this.mapper = mapper;
    }

    @GetMapping(path = "/users/me", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "get-current-user",
            summary = "Get current user",
            description = "Retrieves the current user, determined from the used API key.")
    UpsunUserResponse currentUser(@AuthenticationPrincipal Caller caller) {
        return mapper.user(service.currentUser(caller));
    }

    @GetMapping(path = "/users/{user_id:" + Uuids.PATTERN + "}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "get-user",
            summary = "Get a user",
            description = "A user of the caller's organization, by UUID. (Probely's dialect serves its users by their "
                    + "12-character ids on the same path.)")
    UpsunUserResponse user(
            @AuthenticationPrincipal Caller caller,
            @Parameter(description = "The ID of the user: its UUID.") @PathVariable("user_id") UUID userId) {
        return mapper.user(service.user(caller, userId));
    }

    @GetMapping(path = "/organizations/{organization_id}/members", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "list-org-members",
            summary = "List organization members",
            description = "The members that pass every filter given, 50 per page unless page[size] says otherwise, in"
                    + " the order of sort (by default, of their ids); follow _links.next and _links.previous, and"
                    + " _links[\"ref:users:0\"] for the page's users.")
    @UpsunListParameters(UpsunListParameters.UpsunList.MEMBERS)
    MemberList members(
            @AuthenticationPrincipal Caller caller,
            @Parameter(description = ORGANIZATION_ID_DESCRIPTION) @PathVariable(ORGANIZATION_ID) String organizationId,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query) {
        var list = UpsunListQuery.parse(query, UpsunLists.MEMBERS);
        return MemberLists.page(service.members(caller, organizationId, MemberLists.query(list)), list, mapper);
    }

    @GetMapping(path = "/ref/users", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "list-referenced-users",
            summary = "List referenced users",
            description = "The users a resource refers to, by UUID: follow the ref:users links of other answers."
                    + " A user that is not of the caller's organization is null.")
    @Parameter(
            name = "in",
            in = ParameterIn.QUERY,
            required = true,
            schema = @Schema(type = "string"),
            description = "The comma-separated UUIDs of the users (at most 100), as a ref:users link gives them.")
    Map<String, UserReference> referencedUsers(
            @AuthenticationPrincipal Caller caller,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query) {
        var userIds = referencedUserIds(query);
        Map<String, UserReference> found = new HashMap<>();
        service.users(caller, userIds).forEach(user -> found.put(user.uuid().toString(), mapper.reference(user)));
        Map<String, UserReference> references = new LinkedHashMap<>();
        userIds.forEach(uuid -> references.put(uuid.toString(), found.get(uuid.toString())));
        return references;
    }

    @GetMapping(
            path = "/organizations/{organization_id}/members/{user_id}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "get-org-member",
            summary = "Get organization member",
            description = "A member's id is its user's UUID.")
    MemberResponse member(
            @AuthenticationPrincipal Caller caller,
            @Parameter(description = ORGANIZATION_ID_DESCRIPTION) @PathVariable(ORGANIZATION_ID) String organizationId,
            @Parameter(description = MEMBER_ID_DESCRIPTION) @PathVariable("user_id") String userId) {
        return mapper.member(service.member(caller, organizationId, memberId(userId)));
    }

    @PostMapping(
            path = "/organizations/{organization_id}/members",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "create-org-member",
            summary = "Create organization member",
            description = "Adds an existing user, from any organization, by UUID, with the permissions given (none"
                    + " when left out). Admins and members with the members permission; granting admin or billing"
                    + " takes an Admin. The same user twice is a 400.")
    @StrictHandling
    MemberResponse create(
            @AuthenticationPrincipal Caller caller,
            @Parameter(description = ORGANIZATION_ID_DESCRIPTION) @PathVariable(ORGANIZATION_ID) String organizationId,
            WriteHeaders write,
            @RequestBody MemberCreate body) {
        return mapper.member(service.add(caller, organizationId, writes.of(body, write, mapper::member)));
    }

    @PatchMapping(
            path = "/organizations/{organization_id}/members/{user_id}",
            consumes = {MediaType.APPLICATION_JSON_VALUE, UpsunWrites.MERGE_PATCH_JSON},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "update-org-member",
            summary = "Update organization member",
            description = "Sets the member's permissions, all of them. Admins and members with the members"
                    + " permission; granting or revoking admin or billing takes an Admin; the owner keeps admin.")
    @IfMatch
    @StrictHandling
    MemberResponse update(
            @AuthenticationPrincipal Caller caller,
            @Parameter(description = ORGANIZATION_ID_DESCRIPTION) @PathVariable(ORGANIZATION_ID) String organizationId,
            @Parameter(description = MEMBER_ID_DESCRIPTION) @PathVariable("user_id") String userId,
            WriteHeaders write,
            @RequestBody MemberPatch patch) {
        return mapper.member(
                service.grant(caller, organizationId, memberId(userId), writes.of(patch, write, mapper::member)));
    }

    @DeleteMapping("/organizations/{organization_id}/members/{user_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "delete-org-member",
            summary = "Delete organization member",
            description = "Removes the user from this organization, with the keys that act in it; the user, their"
                    + " other organizations and keys stay. Admins and members with the members permission; an Admin"
                    + " member is removed by an Admin; the owner cannot be removed.")
    void delete(
            @AuthenticationPrincipal Caller caller,
            @Parameter(description = ORGANIZATION_ID_DESCRIPTION) @PathVariable(ORGANIZATION_ID) String organizationId,
            @Parameter(description = MEMBER_ID_DESCRIPTION) @PathVariable("user_id") String userId) {
        service.remove(caller, organizationId, memberId(userId));
    }

    /** A member is named by its user's UUID; anything else names no member. */
    private static UUID memberId(String userId) {
        return Uuids.parse(userId).orElseThrow(() -> Refused.notFound("member"));
    }

    /**
     * The UUIDs of {@code in}, comma-separated, at most {@value #REFERENCED_USERS_LIMIT} (as many users as the longest
     * page of members holds), in the order given; any other parameter is refused.
     */
    private static List<UUID> referencedUserIds(MultiValueMap<String, String> query) {
        query.keySet().stream()
                .filter(parameter -> !parameter.equals(IN))
                .findFirst()
                .ifPresent(parameter -> {
                    throw UpsunListQuery.unknownParameter(parameter);
                });
        var given = query.get(IN);
        var ids = given == null || given.size() != 1
                ? List.<String>of()
                : Arrays.stream(given.getFirst().split(",", -1))
                        .map(String::strip)
                        .toList();
        var uuids = ids.stream().map(Uuids::parse).flatMap(Optional::stream).toList();
        if (ids.isEmpty() || ids.size() > REFERENCED_USERS_LIMIT || uuids.size() != ids.size()) {
            throw ApiException.badRequest(
                    "Invalid value of in; expected one to " + REFERENCED_USERS_LIMIT + " comma-separated user UUIDs.");
        }
        return uuids;
    }
}
