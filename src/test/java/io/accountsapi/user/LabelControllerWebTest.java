package io.accountsapi.user;

import static io.accountsapi.auth.WebSliceConfiguration.ADMIN;
import static io.accountsapi.auth.WebSliceConfiguration.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.accountsapi.auth.WebSliceConfiguration;
import io.accountsapi.drf.DrfBinding;
import io.accountsapi.drf.DrfBodyArgumentResolver;
import io.accountsapi.drf.DrfValidator;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openapitools.jackson.nullable.JsonNullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Binding and error bodies of the user labels resource, with the service replaced: JSON and forms bind the same
 * record, the record's constraints answer in DRF's shape, and the list's query reaches the service as read.
 */
@WebMvcTest(LabelController.class)
@Import({WebSliceConfiguration.class, DrfBinding.class, DrfBodyArgumentResolver.Registration.class, DrfValidator.class})
class LabelControllerWebTest {

    private static final String LABEL = "/labels/users/LabelId12345/";
    private static final String AUTHORIZATION = "JWT " + ADMIN_KEY;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DrfValidator validator;

    @MockitoBean
    LabelService service;

    @Test
    void jsonAndUrlencodedBindTheSameBody() {
        when(service.update(any(), anyString(), any(), anyBoolean(), anyBoolean(), any()))
                .thenReturn(sampleLabel());

        assertThat(mvc.patch()
                        .uri(LABEL)
                        .header("Authorization", AUTHORIZATION)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \" ops \", \"color\": \"#111111\", \"id\": \"AAAAAAAAAAAA\"}"))
                .hasStatusOk();
        assertThat(mvc.patch()
                        .uri(LABEL)
                        .header("Authorization", AUTHORIZATION)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("name=+ops+&color=%23111111&id=AAAAAAAAAAAA"))
                .hasStatusOk();

        var bodies = ArgumentCaptor.forClass(LabelBody.class);
        verify(service, times(2)).update(eq(ADMIN), eq("LabelId12345"), bodies.capture(), eq(false), eq(false), any());
        var expected = new LabelBody(
                JsonNullable.of("ops"),
                JsonNullable.of("#111111"),
                new LinkedHashMap<>(Map.of("id", "AAAAAAAAAAAA")),
                Map.of());
        assertThat(bodies.getAllValues()).containsOnly(expected);
    }

    @Test
    void everyFieldsErrorAnswersAtOnceAndPutRequiresTheName() {
        when(service.update(any(), anyString(), any(), anyBoolean(), anyBoolean(), any()))
                .thenAnswer(invocation -> {
                    boolean replace = invocation.getArgument(3);
                    validator.validate(
                            (LabelBody) invocation.getArgument(2),
                            replace ? new Class<?>[] {LabelBody.Whole.class} : new Class<?>[0]);
                    return sampleLabel();
                });

        var patch = mvc.patch()
                .uri(LABEL)
                .header("Authorization", AUTHORIZATION)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": {}, \"color\": \"red!\"}");
        var put = mvc.put()
                .uri(LABEL)
                .header("Authorization", AUTHORIZATION)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"color\": \"#000000\"}");

        assertThat(patch).hasStatus(400).bodyJson().isEqualTo("""
                {"name": ["Not a valid string."], "color": ["This value does not match the required pattern."]}""");
        assertThat(put).hasStatus(400).bodyJson().isEqualTo("{\"name\": [\"This field is required.\"]}");
    }

    @Test
    void theListQueryReachesTheServiceAsRead() {
        when(service.list(any(), any())).thenReturn(new LabelList(0, 1, 2, 5, List.of()));

        assertThat(mvc.get()
                        .uri("/labels/users/")
                        .param("search", "a b")
                        .param("ordering", "-changed")
                        .param("page", "2")
                        .param("length", "5")
                        .header("Authorization", AUTHORIZATION))
                .hasStatusOk()
                .bodyJson()
                .isEqualTo("{\"count\": 0, \"page_total\": 1, \"page\": 2, \"length\": 5, \"results\": []}");

        var query = ArgumentCaptor.forClass(LabelQuery.class);
        verify(service).list(eq(ADMIN), query.capture());
        assertThat(query.getValue().namePatterns()).containsExactly("%a%", "%b%");
        assertThat(query.getValue().pageable().getOffset()).isEqualTo(5);
        assertThat(query.getValue().pageable().getSort().toString()).isEqualTo("changed: DESC,id: ASC");
    }

    @Test
    void aBadPageIsRefusedBeforeTheService() {
        assertThat(mvc.get().uri("/labels/users/?page=0").header("Authorization", AUTHORIZATION))
                .hasStatus(404)
                .bodyJson()
                .isEqualTo("{\"detail\": \"Invalid page.\"}");
        assertThat(mvc.post()
                        .uri("/labels/users/")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .hasStatus(401);
        verifyNoInteractions(service);
    }

    private static UserResponse.LabelResponse sampleLabel() {
        return new UserResponse.LabelResponse(
                "LabelId12345", "ops", "#111111", null, Instant.parse("2024-07-29T15:51:28.071Z"));
    }
}
