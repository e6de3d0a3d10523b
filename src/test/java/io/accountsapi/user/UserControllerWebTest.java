package io.accountsapi.user;

import static io.accountsapi.auth.WebSliceConfiguration.ADMIN;
import static io.accountsapi.auth.WebSliceConfiguration.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.accountsapi.auth.WebSliceConfiguration;
import io.accountsapi.drf.DrfBinding;
import io.accountsapi.drf.DrfBodyArgumentResolver;
import io.accountsapi.drf.DrfValidator;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openapitools.jackson.nullable.JsonNullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Binding and error bodies of the users dialect, with the service replaced: the three encodings of a write bind the
 * same record, and the record's constraints and binding errors answer in DRF's shape.
 */
@WebMvcTest(UserController.class)
@Import({WebSliceConfiguration.class, DrfBinding.class, DrfBodyArgumentResolver.Registration.class, DrfValidator.class})
class UserControllerWebTest {

    private static final String USER = "/users/MemberUser12/";
    private static final String AUTHORIZATION = "JWT " + ADMIN_KEY;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DrfValidator validator;

    @MockitoBean
    UserService service;

    @Test
    void jsonUrlencodedAndMultipartBindTheSamePatch() {
        when(service.update(any(), anyString(), any(), anyBoolean(), anyBoolean(), any()))
                .thenReturn(sampleUser());

        assertThat(
                        mvc.patch()
                                .uri(USER)
                                .header("Authorization", AUTHORIZATION)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"name\": \" Jane \", \"title\": \"cto\", \"active\": \"yes\", "
                                                + "\"labels\": [{\"name\": \"a\", \"color\": \"#111111\"}], \"email\": \"x@example.com\"}"))
                .hasStatusOk();
        assertThat(mvc.patch()
                        .uri(USER)
                        .header("Authorization", AUTHORIZATION)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("name=+Jane+&title=cto&active=yes&labels%5B0%5Dname=a&labels%5B0%5Dcolor=%23111111"
                                + "&email=x%40example.com"))
                .hasStatusOk();
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(USER)
                        .file(new MockMultipartFile("ignored", new byte[0]))
                        .param("name", " Jane ")
                        .param("title", "cto")
                        .param("active", "yes")
                        .param("labels[0]name", "a")
                        .param("labels[0]color", "#111111")
                        .param("email", "x@example.com")
                        .with(request -> {
                            request.setMethod("PATCH");
                            return request;
                        })
                        .header("Authorization", AUTHORIZATION)))
                .hasStatusOk();

        var patches = ArgumentCaptor.forClass(UserPatch.class);
        verify(service, org.mockito.Mockito.times(3))
                .update(eq(ADMIN), eq("MemberUser12"), patches.capture(), eq(false), eq(false), isNull());
        var expected = new UserPatch(
                JsonNullable.of("Jane"),
                JsonNullable.of("cto"),
                JsonNullable.of(true),
                JsonNullable.of(List.of(new LabelInput(JsonNullable.of("a"), JsonNullable.of("#111111")))),
                new java.util.LinkedHashMap<>(java.util.Map.of("email", "x@example.com")),
                java.util.Map.of());
        assertThat(patches.getAllValues()).hasSize(3).allSatisfy(patch -> {
            assertThat(patch).isEqualTo(expected);
            assertThat(patch.ignoredFieldNames()).containsExactly("email");
        });
    }

    @Test
    void everyFieldsErrorAnswersAtOnceInDrfShape() {
        validateLikeTheService();

        var result = mvc.patch()
                .uri(USER)
                .header("Authorization", AUTHORIZATION)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": true, \"title\": \"boss\", \"active\": \"perhaps\", "
                        + "\"labels\": [\"a\", {\"color\": \"red!\"}, {\"name\": \"" + "n".repeat(256) + "\"}]}");

        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().isEqualTo("""
                {"name": ["Not a valid string."], "title": ["\\"boss\\" is not a valid choice."],
                 "active": ["Must be a valid boolean."],
                 "labels": [{"non_field_errors": ["Invalid data. Expected a dictionary, but got str."]},
                            {"name": ["This field is required."],
                             "color": ["This value does not match the required pattern."]},
                            {"name": ["Ensure this field has no more than 255 characters."]}]}""");
    }

    @Test
    void formErrorsAreAlignedWithTheItemsSentLikeJsonOnes() {
        validateLikeTheService();

        var result = mvc.patch()
                .uri(USER)
                .header("Authorization", AUTHORIZATION)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("labels%5B0%5Dname=ok&labels%5B1%5Dname=bad&labels%5B1%5Dcolor=red%21&active=perhaps");

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().isEqualTo("""
                {"active": ["Must be a valid boolean."],
                 "labels": [{}, {"color": ["This value does not match the required pattern."]}]}""");
    }

    @Test
    void aListOfTheWrongTypeAndABodyThatIsNoObjectSayWhatCameInstead() {
        validateLikeTheService();

        assertThat(patchJson("{\"labels\": {}}"))
                .bodyJson()
                .isEqualTo("{\"labels\": [\"Expected a list of items but got type \\\"dict\\\".\"]}");
        assertThat(patchJson("{\"labels\": [null]}"))
                .bodyJson()
                .isEqualTo(
                        "{\"labels\": [{\"non_field_errors\": [\"Invalid data. Expected a dictionary, but got NoneType.\"]}]}");
        assertThat(patchJson("[{\"name\": \"x\"}]"))
                .bodyJson()
                .isEqualTo("{\"non_field_errors\": [\"Invalid data. Expected a dictionary, but got list.\"]}");
        assertThat(patchJson("null"))
                .bodyJson()
                .isEqualTo("{\"non_field_errors\": [\"Invalid data. Expected a dictionary, but got NoneType.\"]}");
        assertThat(patchJson("{\"name\": null, \"labels\": [{\"name\": \"  \"}]}"))
                .bodyJson()
                .isEqualTo(
                        "{\"name\": [\"This field may not be null.\"], \"labels\": [{\"name\": [\"This field may not be blank.\"]}]}");
    }

    @Test
    void numbersAreTextAndBooleanSpellingsAreBooleansAsInDrf() {
        when(service.update(any(), anyString(), any(), anyBoolean(), anyBoolean(), any()))
                .thenReturn(sampleUser());

        assertThat(patchJson("{\"name\": 42, \"active\": \"off\", \"title\": \"\"}"))
                .hasStatusOk();

        var patch = ArgumentCaptor.forClass(UserPatch.class);
        verify(service).update(any(), anyString(), patch.capture(), anyBoolean(), anyBoolean(), any());
        assertThat(patch.getValue().name().get()).isEqualTo("42");
        assertThat(patch.getValue().active().get()).isFalse();
        assertThat(patch.getValue().title().get()).isEmpty();
        assertThat(patch.getValue().labels().isPresent()).isFalse();
        assertThat(patch.getValue().unreadable()).isEmpty();
    }

    @Test
    void aPutIsThePatchBodyFlaggedToRequireLabels() {
        validateLikeTheService();

        var result = mvc.put()
                .uri(USER)
                .header("Authorization", AUTHORIZATION)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Jane\"}");

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().isEqualTo("{\"labels\": [\"This field is required.\"]}");
    }

    @Test
    void noKeyIs401InDrfShapeBeforeAnyBinding() {
        var result =
                mvc.patch().uri(USER).contentType(MediaType.APPLICATION_JSON).content("not json");

        assertThat(result).hasStatus(401).hasHeader("WWW-Authenticate", "JWT realm=\"api\"");
        assertThat(result).bodyJson().isEqualTo("{\"detail\": \"Authentication credentials were not provided.\"}");
        verifyNoInteractions(service);
    }

    @Test
    void malformedJsonAndOtherMediaTypesAreRefusedBeforeTheService() {
        assertThat(patchJson("{\"name\": "))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .startsWith("JSON parse error - ");
        assertThat(mvc.patch()
                        .uri(USER)
                        .header("Authorization", AUTHORIZATION)
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("name=x"))
                .hasStatus(415)
                .bodyJson()
                .isEqualTo("{\"detail\": \"Unsupported media type \\\"text/plain\\\" in request.\"}");
        verifyNoInteractions(service);
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult patchJson(String body) {
        return mvc.patch()
                .uri(USER)
                .header("Authorization", AUTHORIZATION)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    /** The service's own first step for a valid caller: validate the body as PATCH, or as PUT. */
    private void validateLikeTheService() {
        when(service.update(any(), anyString(), any(), anyBoolean(), anyBoolean(), any()))
                .thenAnswer(invocation -> {
                    UserPatch patch = invocation.getArgument(2);
                    boolean replace = invocation.getArgument(3);
                    validator.validate(patch, replace ? new Class<?>[] {UserPatch.Replacing.class} : new Class<?>[0]);
                    return sampleUser();
                });
    }

    private static UserResponse sampleUser() {
        return new UserResponse(
                "MemberUser12",
                "member@example.com",
                "Member",
                "",
                false,
                null,
                Instant.parse("2024-07-29T15:51:28.071Z"),
                true,
                List.of(),
                List.of(),
                null,
                false,
                false);
    }
}
