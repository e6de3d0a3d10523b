package io.accountsapi.upsun;

import static io.accountsapi.auth.WebSliceConfiguration.ADMIN;
import static io.accountsapi.auth.WebSliceConfiguration.ADMIN_KEY;
import static io.accountsapi.auth.WebSliceConfiguration.MEMBER;
import static io.accountsapi.auth.WebSliceConfiguration.MEMBER_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.accountsapi.auth.WebSliceConfiguration;
import io.accountsapi.organization.MemberService;
import io.accountsapi.organization.NewMember;
import io.accountsapi.organization.OrganizationMember;
import io.accountsapi.organization.UserInOrganization;
import io.accountsapi.upsun.list.MemberCursors;
import io.accountsapi.usecase.Refused;
import io.accountsapi.usecase.Write;
import io.accountsapi.user.MemberOrder;
import io.accountsapi.user.MemberQuery;
import io.accountsapi.user.MemberView;
import io.accountsapi.user.Permission;
import io.accountsapi.user.PermissionCondition;
import io.accountsapi.user.UserSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
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
    void aNewMemberIsBoundAsThePersonAndTheDomainsPermissions() {
        var person = UUID.fromString("0b5d3a4e-6c2f-4b8e-9a1d-2f3c4d5e6f70");
        when(service.add(any(), anyString(), any())).thenReturn(member(person, Set.of(Permission.BILLING)));

        assertThat(mvc.post()
                        .uri(MEMBERS)
                        .header("Authorization", "Bearer " + ADMIN_KEY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"user_id\": \"" + person + "\", \"permissions\": [\"billing\", \"projects:list\"]}"))
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.permissions")
                .asArray()
                .containsExactly("billing");

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Write<NewMember, ?>> write = ArgumentCaptor.forClass(Write.class);
        verify(service).add(eq(ADMIN), eq("01EY8BWRSQ56EY1TDC32PARAJS"), write.capture());
        assertThat(write.getValue().changes())
                .isEqualTo(new NewMember(person, Set.of(Permission.BILLING, Permission.PROJECTS_LIST)));
    }

    @Test
    void aMembersPermissionsPatchIsAllOrNothingAndADeletionIs204() {
        var person = UUID.fromString("0b5d3a4e-6c2f-4b8e-9a1d-2f3c4d5e6f70");
        when(service.grant(any(), anyString(), any(), any())).thenReturn(member(person, Set.of()));

        assertThat(mvc.patch()
                        .uri(MEMBERS + "/" + person)
                        .header("Authorization", "Bearer " + ADMIN_KEY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .hasStatusOk();
        assertThat(mvc.delete().uri(MEMBERS + "/" + person).header("Authorization", "Bearer " + ADMIN_KEY))
                .hasStatus(204);
        assertThat(mvc.delete().uri(MEMBERS + "/not-a-uuid").header("Authorization", "Bearer " + ADMIN_KEY))
                .hasStatus(404)
                .hasContentType("application/problem+json");

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Write<Optional<Set<Permission>>, OrganizationMember>> write =
                ArgumentCaptor.forClass(Write.class);
        verify(service).grant(eq(ADMIN), eq("01EY8BWRSQ56EY1TDC32PARAJS"), eq(person), write.capture());
        assertThat(write.getValue().changes())
                .as("permissions left out: as they are")
                .isEmpty();
        verify(service).remove(ADMIN, "01EY8BWRSQ56EY1TDC32PARAJS", person);
    }

    private static OrganizationMember member(UUID person, Set<Permission> permissions) {
        var at = Instant.parse("2023-11-07T05:31:56Z");
        return new OrganizationMember(
                "01EY8BWRSQ56EY1TDC32PARAJS", new MemberView("MemberUser12", person, permissions, at, at), false);
    }

    @Test
    void theListsParametersReachTheServiceAndBothCursorsAtOnceAreRefusedFirst() {
        when(service.members(any(), anyString(), any())).thenThrow(Refused.notFound("organization"));
        var after = MemberCursors.of(
                MemberOrder.CREATED_AT,
                ScrollPosition.forward(
                        Map.of("createdAt", Instant.parse("2023-11-07T05:31:56Z"), "id", "MemberUser12")));

        mvc.get()
                .uri(MEMBERS)
                .param("page[after]", after)
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

        var query = ArgumentCaptor.forClass(MemberQuery.class);
        verify(service).members(eq(MEMBER), eq("01EY8BWRSQ56EY1TDC32PARAJS"), query.capture());
        assertThat(query.getValue().size()).isEqualTo(10);
        assertThat(query.getValue().order()).isEqualTo(MemberOrder.CREATED_AT);
        assertThat(query.getValue().direction()).isEqualTo(Sort.Direction.DESC);
        assertThat(query.getValue().position().getKeys()).containsEntry("id", "MemberUser12");
        assertThat(query.getValue().conditions())
                .containsExactly(new PermissionCondition(true, Set.of(Permission.ADMIN, Permission.BILLING)));
    }

    @Test
    void referencedUsersAreAMapWithNullForAnUnknownUser() {
        var at = Instant.parse("2023-11-07T05:31:56Z");
        var known = new UserSummary(
                "MemberUser12",
                UUID.fromString("0b5d3a4e-6c2f-4b8e-9a1d-2f3c4d5e6f70"),
                true,
                "m@example.com",
                "M",
                true,
                at,
                at);
        var unknown = UUID.fromString("00000000-0000-4000-8000-000000000000");
        when(service.users(MEMBER, List.of(known.uuid(), unknown))).thenReturn(List.of(known));

        var result = mvc.get()
                .uri("/ref/users")
                .param("in", known.uuid() + ",00000000-0000-4000-8000-000000000000")
                .header("Authorization", "Bearer " + MEMBER_KEY);

        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        assertThat(result)
                .bodyJson()
                .extractingPath("$['" + known.uuid() + "'].mfa_enabled")
                .isEqualTo(true);
        assertThat(result)
                .bodyJson()
                .extractingPath("$['" + known.uuid() + "'].first_name")
                .isEqualTo("M");
        assertThat(result)
                .bodyJson()
                .extractingPath("$['00000000-0000-4000-8000-000000000000']")
                .isNull();
        assertThat(mvc.get().uri("/ref/users").param("in", known.uuid().toString()))
                .hasStatus(401)
                .hasContentType("application/problem+json");
    }

    @Test
    void currentUserIsWrittenInUpsunsNamesAndTimes() {
        var at = Instant.parse("2023-11-07T05:31:56.123456Z");
        when(service.currentUser(MEMBER))
                .thenReturn(new UserInOrganization(
                        new UserSummary("MemberUser12", UUID.randomUUID(), true, "m@example.com", "M", false, at, at),
                        "Example",
                        "DE"));

        var result = mvc.get().uri("/users/me").header("Authorization", "Bearer " + MEMBER_KEY);

        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.created_at").isEqualTo("2023-11-07T05:31:56Z");
        assertThat(result).bodyJson().extractingPath("$.email_verified").isEqualTo(false);
    }

    @Test
    void errorsAreUpsunProblems() {
        when(service.member(any(), anyString(), any())).thenThrow(Refused.notFound("member"));

        assertThat(mvc.get().uri("/users/me")).hasStatus(401).hasContentType("application/problem+json");
        assertThat(mvc.get().uri(MEMBERS + "/Nobody123456").header("Authorization", "Bearer " + MEMBER_KEY))
                .hasStatus(404)
                .hasContentType("application/problem+json")
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("No member matches the given identifier.");
    }
}
