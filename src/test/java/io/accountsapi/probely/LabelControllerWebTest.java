package io.accountsapi.probely;

import static io.accountsapi.auth.WebSliceConfiguration.ADMIN;
import static io.accountsapi.auth.WebSliceConfiguration.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.accountsapi.auth.WebSliceConfiguration;
import io.accountsapi.probely.drf.DrfBinding;
import io.accountsapi.probely.drf.DrfBodyArgumentResolver;
import io.accountsapi.probely.drf.DrfValidator;
import io.accountsapi.usecase.Write;
import io.accountsapi.user.LabelChanges;
import io.accountsapi.user.LabelDetails;
import io.accountsapi.user.LabelService;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

    @MockitoBean
    LabelService service;

    @Test
    void jsonAndUrlencodedBindTheSameBody() {
        when(service.update(any(), anyString(), any())).thenReturn(sampleLabel());

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

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Write<LabelChanges, LabelDetails>> writes = ArgumentCaptor.forClass(Write.class);
        verify(service, times(2)).update(eq(ADMIN), eq("LabelId12345"), writes.capture());
        assertThat(writes.getAllValues())
                .extracting(Write::changes)
                .containsOnly(new LabelChanges(Optional.of("ops"), Optional.of("#111111")));
    }

    @Test
    void everyFieldsErrorAnswersAtOnceAndPutRequiresTheName() {
        when(service.update(any(), anyString(), any())).thenAnswer(invocation -> {
            Write<?, ?> write = invocation.getArgument(2);
            write.check().run();
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
        when(service.list(any(), any(), any(), anyInt(), anyInt()))
                .thenReturn(new PageImpl<>(List.of(sampleLabel()), PageRequest.of(1, 5), 6));

        var result = mvc.get()
                .uri("/labels/users/")
                .param("search", "a b")
                .param("ordering", "-changed")
                .param("page", "2")
                .param("length", "5")
                .header("Authorization", AUTHORIZATION)
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.count").isEqualTo(6);
        assertThat(result).bodyJson().extractingPath("$.page_total").isEqualTo(2);
        assertThat(result).bodyJson().extractingPath("$.page").isEqualTo(2);
        assertThat(result).bodyJson().extractingPath("$.results[0].id").isEqualTo("LabelId12345");
        verify(service).list(ADMIN, List.of("a", "b"), Sort.by(Sort.Direction.DESC, "changed"), 2, 5);
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

    private static LabelDetails sampleLabel() {
        return new LabelDetails("LabelId12345", "ops", "#111111", null, Instant.parse("2024-07-29T15:51:28.071Z"));
    }
}
