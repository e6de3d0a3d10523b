package io.accountsapi.probely;

import io.accountsapi.auth.Caller;
import io.accountsapi.probely.drf.DrfValidator;
import io.accountsapi.user.KeyService;
import io.accountsapi.web.PatchBody;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /users/{id}/keys/}: issue, list and revoke a user's API keys. */
@RestController
@Tag(name = "API keys", description = "A user's keys; the secret is shown once, at creation")
class ApiKeyController {

    private final KeyService service;

    private final DrfValidator validator;

    ApiKeyController(KeyService service, DrfValidator validator) {
        this.service = service;
        this.validator = validator;
    }

    @PostMapping(
            path = {"/users/{id}/keys", "/users/{id}/keys/"},
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "users_keys_create",
            summary = "Create API key",
            description = "The key is in this answer only. With organization, a key of the caller's own acts in"
                    + " their membership of that other organization.")
    ApiKeyResponse create(
            @AuthenticationPrincipal Caller caller, @PathVariable String id, @RequestBody ApiKeyRequest body) {
        return ApiKeyResponse.of(service.create(
                caller,
                id,
                body.name().orElse(null),
                PatchBody.sent(body.organization()),
                () -> validator.validate(body)));
    }

    @GetMapping(
            path = {"/users/{id}/keys", "/users/{id}/keys/"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "users_keys_list", summary = "List API keys", description = "Without their secrets.")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", description = "Only an Admin may list another user's keys.")
    List<ApiKeyResponse> list(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return service.list(caller, id).stream().map(ApiKeyResponse::of).toList();
    }

    @DeleteMapping({"/users/{id}/keys/{keyId}", "/users/{id}/keys/{keyId}/"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "users_keys_destroy",
            summary = "Revoke API key",
            description = "The key answers 401 from the next request on.")
    void revoke(@AuthenticationPrincipal Caller caller, @PathVariable String id, @PathVariable String keyId) {
        service.revoke(caller, id, keyId);
    }
}
