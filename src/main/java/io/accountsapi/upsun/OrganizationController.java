package io.accountsapi.upsun;

import io.accountsapi.auth.Caller;
import io.accountsapi.organization.OrganizationService;
import io.accountsapi.upsun.list.UpsunListParameters;
import io.accountsapi.upsun.list.UpsunListQuery;
import io.accountsapi.upsun.list.UpsunLists;
import io.accountsapi.upsun.request.AddressPatch;
import io.accountsapi.upsun.request.OrganizationCreate;
import io.accountsapi.upsun.request.OrganizationPatch;
import io.accountsapi.upsun.request.ProfilePatch;
import io.accountsapi.upsun.response.AddressResponse;
import io.accountsapi.upsun.response.OrganizationList;
import io.accountsapi.upsun.response.OrganizationResponse;
import io.accountsapi.upsun.response.ProfileResponse;
import io.accountsapi.upsun.response.UpsunMapper;
import io.accountsapi.web.IfMatch;
import io.accountsapi.web.StrictHandling;
import io.accountsapi.web.Uuids;
import io.accountsapi.web.WriteHeaders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Upsun's organization, profile and address endpoints. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Organizations", description = "Upsun organization billing profile and address")
class OrganizationController {

    private static final String ORGANIZATION_ID = "organization_id";

    private final OrganizationService service;
    private final UpsunWrites writes;
    private final UpsunMapper mapper;

    OrganizationController(OrganizationService service, UpsunWrites writes, UpsunMapper mapper) {
        this.mapper = mapper;
        this.service = service;
        this.writes = writes;
    }

    @GetMapping("/organizations")
    @Operation(
            summary = "List organizations",
            operationId = "list-orgs",
            description = "The organizations the caller belongs to that pass every filter given.")
    @UpsunListParameters(UpsunListParameters.UpsunList.ORGANIZATIONS)
    OrganizationList list(
            @AuthenticationPrincipal Caller caller,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query) {
        var list = UpsunListQuery.parse(query, UpsunLists.ORGANIZATIONS);
        return OrganizationLists.page(
                "/organizations",
                service.organizationsOf(caller).stream()
                        .map(mapper::organization)
                        .toList(),
                list);
    }

    @PostMapping(path = "/organizations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create organization",
            operationId = "create-org",
            description = "Creates an organization that the caller owns: the caller becomes its owner and an Admin"
                    + " member with every permission. Its profile, address and trial start as a new organization's"
                    + " do. The caller's key acts in it on Upsun's paths; see the documentation for Probely's.")
    @StrictHandling
    OrganizationResponse create(
            @AuthenticationPrincipal Caller caller, WriteHeaders write, @RequestBody OrganizationCreate body) {
        return mapper.organization(service.create(caller, writes.of(body, write, mapper::organization)));
    }

    @GetMapping("/users/{user_id:" + Uuids.PATTERN + "}/organizations")
    @Operation(
            summary = "User organizations",
            operationId = "list-user-orgs",
            description = "The organizations of a user of the caller's organization: here, that organization.")
    @UpsunListParameters(UpsunListParameters.UpsunList.ORGANIZATIONS)
    OrganizationList userOrganizations(
            @AuthenticationPrincipal Caller caller,
            @Parameter(description = "The ID of the user: its UUID.") @PathVariable("user_id") UUID userId,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query) {
        var list = UpsunListQuery.parse(query, UpsunLists.ORGANIZATIONS);
        return OrganizationLists.page(
                "/users/" + userId + "/organizations",
                service.organizationsOf(caller, userId).stream()
                        .map(mapper::organization)
                        .toList(),
                list);
    }

    @GetMapping("/organizations/{organization_id}")
    @Operation(summary = "Get organization", operationId = "get-org")
    OrganizationResponse get(
            @AuthenticationPrincipal Caller caller,
            @OrganizationIdOrName @PathVariable(ORGANIZATION_ID) String organizationId) {
        return mapper.organization(service.get(caller, organizationId));
    }

    @PatchMapping(
            path = "/organizations/{organization_id}",
            consumes = {MediaType.APPLICATION_JSON_VALUE, UpsunWrites.MERGE_PATCH_JSON})
    @Operation(
            summary = "Update organization",
            description = "Updates the specified organization: its machine name, " + "label or country. Admin only.",
            operationId = "update-org")
    @IfMatch
    @StrictHandling
    OrganizationResponse patch(
            @AuthenticationPrincipal Caller caller,
            @OrganizationIdOrName @PathVariable(ORGANIZATION_ID) String organizationId,
            WriteHeaders write,
            @RequestBody OrganizationPatch patch) {
        return mapper.organization(
                service.update(caller, organizationId, writes.of(patch, write, mapper::organization)));
    }

    /** Answers no body, so any Accept will do (a client generated from Upsun's document accepts only its errors). */
    @DeleteMapping(path = "/organizations/{organization_id}", produces = MediaType.ALL_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete organization",
            operationId = "delete-org",
            description = "Deletes the organization with its profile, address, trial, labels and memberships, and the"
                    + " keys that act in it. Its owner only. Its members keep their other organizations.")
    void delete(
            @AuthenticationPrincipal Caller caller,
            @OrganizationIdOrName @PathVariable(ORGANIZATION_ID) String organizationId) {
        service.delete(caller, organizationId);
    }

    @GetMapping("/organizations/{organization_id}/profile")
    @Operation(
            summary = "Get profile",
            description = "Retrieves the profile for the specified organization.",
            operationId = "get-org-profile")
    ProfileResponse getProfile(
            @AuthenticationPrincipal Caller caller,
            @OrganizationIdOrName @PathVariable(ORGANIZATION_ID) String organizationId) {
        return mapper.profile(service.getProfile(caller, organizationId));
    }

    @PatchMapping(
            path = "/organizations/{organization_id}/profile",
            consumes = {MediaType.APPLICATION_JSON_VALUE, UpsunWrites.MERGE_PATCH_JSON})
    @Operation(
            summary = "Update profile",
            description = "Updates the profile for the specified organization.",
            operationId = "update-org-profile")
    @IfMatch
    @StrictHandling
    ProfileResponse patchProfile(
            @AuthenticationPrincipal Caller caller,
            @OrganizationIdOrName @PathVariable(ORGANIZATION_ID) String organizationId,
            WriteHeaders write,
            @RequestBody ProfilePatch patch) {
        return mapper.profile(service.updateProfile(caller, organizationId, writes.of(patch, write, mapper::profile)));
    }

    @GetMapping("/organizations/{organization_id}/address")
    @Operation(
            summary = "Get address",
            description = "Retrieves the address for the specified organization.",
            operationId = "get-org-address")
    AddressResponse getAddress(
            @AuthenticationPrincipal Caller caller,
            @OrganizationIdOrName @PathVariable(ORGANIZATION_ID) String organizationId) {
        return mapper.address(service.getAddress(caller, organizationId));
    }

    @PatchMapping(
            path = "/organizations/{organization_id}/address",
            consumes = {MediaType.APPLICATION_JSON_VALUE, UpsunWrites.MERGE_PATCH_JSON})
    @Operation(
            summary = "Update address",
            description = "Updates the address for the specified organization.",
            operationId = "update-org-address")
    @IfMatch
    @StrictHandling
    AddressResponse patchAddress(
            @AuthenticationPrincipal Caller caller,
            @OrganizationIdOrName @PathVariable(ORGANIZATION_ID) String organizationId,
            WriteHeaders write,
            @RequestBody AddressPatch patch) {
        return mapper.address(service.updateAddress(caller, organizationId, writes.of(patch, write, mapper::address)));
    }

    /** No example: one that names no organization of the caller's would make "Try it out" answer 404. */
    @Parameter(
            description = "The ID of the organization. Prefix with name= to retrieve the organization by name instead.")
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    @interface OrganizationIdOrName {}
}
