package io.accountsapi.probely;

import static io.accountsapi.auth.WebSliceConfiguration.ADMIN;
import static io.accountsapi.auth.WebSliceConfiguration.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.accountsapi.auth.WebSliceConfiguration;
import io.accountsapi.probely.drf.DrfBinding;
import io.accountsapi.probely.drf.DrfBodyArgumentResolver;
import io.accountsapi.probely.drf.DrfValidator;
import io.accountsapi.usecase.Write;
import io.accountsapi.user.LabelName;
import io.accountsapi.user.MembershipChanges;
import io.accountsapi.user.MembershipDetails;
import io.accountsapi.user.UserService;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
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

    @MockitoBean
    UserService service;

    @Test
    void jsonUrlencodedAndMultipartBindTheSamePatch() {
        when(service.update(any(), anyString(), any())).thenReturn(sampleUser());

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

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Write<MembershipChanges, MembershipDetails>> writes = ArgumentCaptor.forClass(Write.class);
        verify(service, org.mockito.Mockito.times(3)).update(eq(ADMIN), eq("MemberUser12"), writes.capture());
        var expected = new MembershipChanges(
                Optional.of("Jane"),
                Optional.of("cto"),
                Optional.of(true),
                Optional.of(List.of(new LabelName("a", Optional.of("#111111")))),
                true);
        assertThat(writes.getAllValues()).hasSize(3).allSatisfy(write -> {
            assertThat(write.changes()).isEqualTo(expected);
            assertThat(write.expected()).isNull();
            write.check().run();
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
        when(service.update(any(), anyString(), any())).thenReturn(sampleUser());

        assertThat(patchJson("{\"name\": 42, \"active\": \"off\", \"title\": \"\"}"))
                .hasStatusOk();

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Write<MembershipChanges, MembershipDetails>> write = ArgumentCaptor.forClass(Write.class);
        verify(service).update(any(), anyString(), write.capture());
        var changes = write.getValue().changes();
        assertThat(changes.name()).contains("42");
        assertThat(changes.active()).contains(false);
        assertThat(changes.title()).contains("");
        assertThat(changes.labels()).isEmpty();
        write.getValue().check().run();
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

    /** The service's own first step for a valid caller: check the body. */
    private void validateLikeTheService() {
        when(service.update(any(), anyString(), any())).thenAnswer(invocation -> {
            Write<?, ?> write = invocation.getArgument(2);
            write.check().run();
            return sampleUser();
        });
    }

    private static MembershipDetails sampleUser() {
        return new MembershipDetails(
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
