package io.accountsapi.probely;

import io.accountsapi.auth.Caller;
import io.accountsapi.probely.drf.DrfListParameters;
import io.accountsapi.probely.drf.DrfValidator;
import io.accountsapi.usecase.Write;
import io.accountsapi.user.LabelChanges;
import io.accountsapi.user.LabelDetails;
import io.accountsapi.user.LabelService;
import io.accountsapi.web.ETags;
import io.accountsapi.web.IfMatch;
import io.accountsapi.web.StrictHandling;
import io.accountsapi.web.WriteHeaders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
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
 * Probely's user labels: the organization's catalogue of labels that users carry. Writes come in JSON or as forms,
 * as for users; paths answer with and without the trailing slash.
 */
@RestController
@Tag(name = "User Labels", description = "The organization's labels for users")
class LabelController {

    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED_VALUE;
    private static final String MULTIPART = MediaType.MULTIPART_FORM_DATA_VALUE;
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final LabelService service;
    private final DrfValidator validator;
    private final ETags etags;
    private final UserMapper mapper;

    LabelController(LabelService service, DrfValidator validator, ETags etags, UserMapper mapper) {
        this.mapper = mapper;
        this.service = service;
        this.validator = validator;
        this.etags = etags;
    }

    /** The domain's write of a PATCH or PUT, checked with DRF's rules ({@code groups}: PUT's on top). */
    private Write<LabelChanges, LabelDetails> write(LabelBody body, WriteHeaders headers, Class<?>... groups) {
        return new Write<>(
                body.changes(),
                () -> validator.validate(body, headers, groups),
                etags.expectation(headers.ifMatch(), mapper::label));
    }

    @GetMapping(
            path = {"/labels/users", "/labels/users/"},
            produces = JSON)
    @Operation(operationId = "labels_users_list", summary = "List User Labels", description = "Paginated.")
    @DrfListParameters.Paginated
    @Parameter(
            name = "search",
            in = ParameterIn.QUERY,
            schema = @Schema(type = "string"),
            description = "Words to search for, separated by spaces; each must appear in the name (case-insensitive).")
    @Parameter(
            name = "ordering",
            in = ParameterIn.QUERY,
            description = "Which field to use when ordering the results; prefix - to invert.",
            schema = @Schema(allowableValues = {"name", "-name", "changed", "-changed"}))
    LabelList list(
            @AuthenticationPrincipal Caller caller,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query) {
        var labels = LabelQuery.from(query);
        return LabelList.of(
                service.list(caller, labels.searchWords(), labels.order(), labels.page(), labels.length())
                        .map(mapper::label),
                labels);
    }

    @PostMapping(
            path = {"/labels/users", "/labels/users/"},
            consumes = {JSON, FORM, MULTIPART},
            produces = JSON)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "labels_users_create",
            summary = "Create User Label",
            description = "The name must be new to the organization.")
    @StrictHandling
    UserResponse.LabelResponse create(
            @AuthenticationPrincipal Caller caller, WriteHeaders write, @RequestBody LabelBody body) {
        return mapper.label(
                service.create(caller, body.changes(), () -> validator.validate(body, write, LabelBody.Whole.class)));
    }

    @GetMapping(
            path = {"/labels/users/{id}", "/labels/users/{id}/"},
            produces = JSON)
    @Operation(operationId = "labels_users_retrieve", summary = "Retrieve User Label")
    UserResponse.LabelResponse get(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return mapper.label(service.get(caller, id));
    }

    @PutMapping(
            path = {"/labels/users/{id}", "/labels/users/{id}/"},
            consumes = {JSON, FORM, MULTIPART},
            produces = JSON)
    @Operation(operationId = "labels_users_update", summary = "Update User Label", description = "name is required.")
    @IfMatch
    @StrictHandling
    UserResponse.LabelResponse replace(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String id,
            WriteHeaders write,
            @RequestBody LabelBody body) {
        return mapper.label(service.update(caller, id, write(body, write, LabelBody.Whole.class)));
    }

    @PatchMapping(
            path = {"/labels/users/{id}", "/labels/users/{id}/"},
            consumes = {JSON, FORM, MULTIPART},
            produces = JSON)
    @Operation(
            operationId = "labels_users_partial_update",
            summary = "Partial Update User Label",
            description = "Renames or recolors the label for every user who has it.")
    @IfMatch
    @StrictHandling
    UserResponse.LabelResponse patch(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String id,
            WriteHeaders write,
            @RequestBody LabelBody body) {
        return mapper.label(service.update(caller, id, write(body, write)));
    }

    @DeleteMapping({"/labels/users/{id}", "/labels/users/{id}/"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "labels_users_destroy",
            summary = "Delete User Label",
            description = "The label leaves the catalogue and every user who had it.")
    @IfMatch
    void delete(@AuthenticationPrincipal Caller caller, @PathVariable String id, WriteHeaders write) {
        service.delete(caller, id, Write.expecting(etags.expectation(write.ifMatch(), mapper::label)));
    }
}
