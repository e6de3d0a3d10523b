package io.accountsapi.organization;

import static io.accountsapi.auth.WebSliceConfiguration.MEMBER;
import static io.accountsapi.auth.WebSliceConfiguration.MEMBER_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.accountsapi.auth.WebSliceConfiguration;
import io.accountsapi.user.MemberAccess;
import io.accountsapi.web.ApiException;
import java.time.Instant;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Binding and error bodies of Upsun's users, with the service replaced: the cursors reach the service, times have
 * whole seconds, and errors are Upsun's problems even on {@code /users/me}, a path among Probely's.
 */
@WebMvcTest(MemberController.class)
@Import(WebSliceConfiguration.class)
class MemberControllerWebTest {

    private static final String MEMBERS = "/organizations/01EY8BWRSQ56EY1TDC32PARAJS/members";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    MemberService service;

    @Test
    void theListsParametersReachTheServiceAndBothCursorsAtOnceAreRefusedFirst() {
        when(service.members(any(), anyString(), any())).thenThrow(ApiException.notFound("organization"));

        mvc.get()
                .uri(MEMBERS)
                .param("page[after]", "Abc")
                .param("page[size]", "10")
                .param("sort", "-created_at")
                .param("filter[permissions][in]", "admin,billing")
                .header("Authorization", "Bearer " + MEMBER_KEY)
                .exchange();
        assertThat(mvc.get()
                        .uri(MEMBERS)
                        .param("page[after]", "Abc")
                        .param("page[before]", "Xyz")
                        .header("Authorization", "Bearer " + MEMBER_KEY))
                .hasStatus(400)
                .hasContentType("application/problem+json");

        @SuppressWarnings("unchecked")
        ArgumentCaptor<UpsunListQuery<MemberAccess>> query = ArgumentCaptor.forClass(UpsunListQuery.class);
        verify(service).members(eq(MEMBER), eq("01EY8BWRSQ56EY1TDC32PARAJS"), query.capture());
        assertThat(query.getValue().after()).isEqualTo("Abc");
        assertThat(query.getValue().pageSize()).isEqualTo(10);
        assertThat(query.getValue().sort()).containsExactly("-created_at");
        assertThat(query.getValue().matches(MemberAccess.BILLING_ADMIN)).isTrue();
        assertThat(query.getValue().matches(MemberAccess.MEMBER)).isFalse();
    }

    @Test
    void referencedUsersAreAMapWithNullForAnUnknownUser() {
        var known = new UserReference(
                "0b5d3a4e-6c2f-4b8e-9a1d-2f3c4d5e6f70", "m@example.com", "m@example.com", "M", "", "", true, false);
        var references = new LinkedHashMap<String, UserReference>();
        references.put(known.id(), known);
        references.put("00000000-0000-4000-8000-000000000000", null);
        when(service.referencedUsers(eq(MEMBER), any())).thenReturn(references);

        var result = mvc.get()
                .uri("/ref/users")
                .param("in", known.id() + ",00000000-0000-4000-8000-000000000000")
                .header("Authorization", "Bearer " + MEMBER_KEY);

        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        assertThat(result)
                .bodyJson()
                .extractingPath("$['" + known.id() + "'].mfa_enabled")
                .isEqualTo(true);
        assertThat(result)
                .bodyJson()
                .extractingPath("$['" + known.id() + "'].first_name")
                .isEqualTo("M");
        assertThat(result)
                .bodyJson()
                .extractingPath("$['00000000-0000-4000-8000-000000000000']")
                .isNull();
        assertThat(mvc.get().uri("/ref/users").param("in", known.id()))
                .hasStatus(401)
                .hasContentType("application/problem+json");
    }

    @Test
    void currentUserIsWrittenInUpsunsNamesAndTimes() {
        var at = Instant.parse("2023-11-07T05:31:56.123456Z");
        when(service.currentUser(MEMBER))
                .thenReturn(new UpsunUserResponse(
                        "MemberUser12",
                        false,
                        "accounts-api",
                        "m@example.com",
                        "m@example.com",
                        false,
                        "M",
                        "",
                        "",
                        "Example",
                        "",
                        "DE",
                        at,
                        at));

        var result = mvc.get().uri("/users/me").header("Authorization", "Bearer " + MEMBER_KEY);

        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.created_at").isEqualTo("2023-11-07T05:31:56Z");
        assertThat(result).bodyJson().extractingPath("$.email_verified").isEqualTo(false);
    }

    @Test
    void errorsAreUpsunProblems() {
        when(service.member(any(), anyString(), anyString())).thenThrow(ApiException.notFound("member"));

        assertThat(mvc.get().uri("/users/me")).hasStatus(401).hasContentType("application/problem+json");
        assertThat(mvc.get().uri(MEMBERS + "/Nobody123456").header("Authorization", "Bearer " + MEMBER_KEY))
                .hasStatus(404)
                .hasContentType("application/problem+json")
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("No member matches the given identifier.");
    }
}
