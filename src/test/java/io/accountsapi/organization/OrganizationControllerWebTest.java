package io.accountsapi.organization;

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
import io.accountsapi.web.ApiException;
import io.accountsapi.web.Links;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Binding and error bodies of the organizations dialect, with the service replaced. */
@WebMvcTest(OrganizationController.class)
@Import(WebSliceConfiguration.class)
class OrganizationControllerWebTest {

    private static final String OWNER = "0b5d3a4e-6c2f-4b8e-9a1d-2f3c4d5e6f70";

    private static final String ORG = "01EY8BWRSQ56EY1TDC32PARAJS";
    private static final String PROFILE = "/organizations/" + ORG + "/profile";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    OrganizationService service;

    @Test
    void patchBindsAbsentNullAndPresentFieldsApart() {
        when(service.patchProfile(any(), anyString(), any(), anyBoolean(), any()))
                .thenReturn(sampleProfile());

        assertThat(mvc.patch()
                        .uri(PROFILE)
                        .header("Authorization", "Bearer " + ADMIN_KEY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"company_name\": null, \"vat_number\": \" gb 12 \", \"currency\": \"EUR\"}"))
                .hasStatusOk();

        var patch = ArgumentCaptor.forClass(ProfilePatch.class);
        verify(service).patchProfile(eq(ADMIN), eq(ORG), patch.capture(), eq(false), isNull());
        assertThat(patch.getValue().companyName().isPresent()).isTrue();
        assertThat(patch.getValue().companyName().get()).isNull();
        assertThat(patch.getValue().vatNumber().get()).isEqualTo("GB 12");
        assertThat(patch.getValue().billingContact().isPresent()).isFalse();
        assertThat(patch.getValue().ignoredFieldNames()).containsExactly("currency");
    }

    @Test
    void organizationPatchTrimsTheLabelUpperCasesTheCountryAndKeepsUnknownFieldsApart() {
        when(service.patchOrganization(any(), anyString(), any(), anyBoolean(), any()))
                .thenReturn(sampleOrganization());

        assertThat(mvc.patch()
                        .uri("/organizations/" + ORG)
                        .header("Authorization", "Bearer " + ADMIN_KEY)
                        .contentType("application/merge-patch+json")
                        .content("{\"label\": \" Acme \", \"country\": \"de\", \"owner_id\": \"x\"}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$._links.members.href")
                .isEqualTo("http://localhost/organizations/" + ORG + "/members");

        var patch = ArgumentCaptor.forClass(OrganizationPatch.class);
        verify(service).patchOrganization(eq(ADMIN), eq(ORG), patch.capture(), eq(false), isNull());
        assertThat(patch.getValue().label().get()).isEqualTo("Acme");
        assertThat(patch.getValue().country().get()).isEqualTo("DE");
        assertThat(patch.getValue().name().isPresent()).isFalse();
        assertThat(patch.getValue().ignoredFieldNames()).containsExactly("owner_id");
    }

    @Test
    void listFiltersReachTheServiceAndAnUnknownOperatorIsRefusedFirst() {
        when(service.list(any(), any()))
                .thenReturn(new OrganizationList(
                        0,
                        List.of(),
                        new Links(
                                new Links.Link("http://localhost/organizations"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)));

        assertThat(mvc.get()
                        .uri("/organizations")
                        .param("filter[owner_id]", OWNER)
                        .param("filter[name][ne]", "x")
                        .header("Authorization", "Bearer " + ADMIN_KEY))
                .hasStatusOk();
        assertThat(mvc.get()
                        .uri("/organizations")
                        .param("filter[owner_id][like]", "x")
                        .header("Authorization", "Bearer " + ADMIN_KEY))
                .hasStatus(400)
                .hasContentType("application/problem+json");

        @SuppressWarnings("unchecked")
        ArgumentCaptor<UpsunListQuery<OrganizationResponse>> filter = ArgumentCaptor.forClass(UpsunListQuery.class);
        verify(service).list(eq(ADMIN), filter.capture());
        var fields = UpsunLists.ORGANIZATIONS.filters();
        assertThat(filter.getValue().conditions())
                .containsExactlyInAnyOrder(
                        new UpsunListQuery.Condition<>(fields.get("owner_id"), "eq", OWNER),
                        new UpsunListQuery.Condition<>(fields.get("name"), "ne", "x"));
        assertThat(filter.getValue().matches(sampleOrganization())).isTrue();
    }

    @Test
    void preferHandlingStrictReachesTheService() {
        when(service.patchProfile(any(), anyString(), any(), anyBoolean(), any()))
                .thenReturn(sampleProfile());

        mvc.patch()
                .uri(PROFILE)
                .header("Authorization", "JWT " + ADMIN_KEY)
                .header("Prefer", "handling=strict")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .exchange();

        verify(service).patchProfile(eq(ADMIN), eq(ORG), any(), eq(true), isNull());
    }

    @Test
    void profileIsWrittenWithSnakeCaseNamesLinksAndSecondPrecisionTimes() {
        when(service.getProfile(ADMIN, ORG)).thenReturn(sampleProfile());

        var result = mvc.get().uri(PROFILE).header("Authorization", "Bearer " + ADMIN_KEY);

        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.created_at").isEqualTo("2023-11-07T05:31:56Z");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.current_trial.pending_verification")
                .isNull();
        assertThat(result).bodyJson().extractingPath("$._links.self.href").isEqualTo("http://localhost" + PROFILE);
        assertThat(result).bodyJson().extractingPath("$.company_name").isEqualTo("");
    }

    @Test
    void malformedJsonIs400ProblemWithAStringDetail() {
        var result = mvc.patch()
                .uri(PROFILE)
                .header("Authorization", "Bearer " + ADMIN_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"company_name\": ");

        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.detail").asString().isNotBlank();
        verifyNoInteractions(service);
    }

    @Test
    void arrayBodyIs400NamingWhatWasSent() {
        var result = mvc.patch()
                .uri(PROFILE)
                .header("Authorization", "Bearer " + ADMIN_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .content("[{\"company_name\": \"Acme\"}]");

        assertThat(result).hasStatus(400);
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("Expected a JSON object, but got list.");
        verifyNoInteractions(service);
    }

    @Test
    void wrongTypeNamesTheField() {
        var result = mvc.patch()
                .uri(PROFILE)
                .header("Authorization", "Bearer " + ADMIN_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"billing_contact\": 12}");

        assertThat(result).hasStatus(400);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.detail.billing_contact")
                .isEqualTo("This value should be of type string.");
        verifyNoInteractions(service);
    }

    @Test
    void serviceProblemsAreRenderedInUpsunShape() {
        when(service.getProfile(ADMIN, ORG)).thenThrow(ApiException.notFound("organization"));

        var result = mvc.get().uri(PROFILE).header("Authorization", "Bearer " + ADMIN_KEY);

        assertThat(result).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().isEqualTo("""
                {"title": "Not Found", "status": 404, "code": 404, "message": "Not found.",
                 "detail": "No organization matches the given identifier.", "error": "Not found."}""");
    }

    @Test
    void databaseOutageIs503WithRetryAfter() {
        when(service.getProfile(ADMIN, ORG)).thenThrow(new DataAccessResourceFailureException("connection refused"));

        var result = mvc.get().uri(PROFILE).header("Authorization", "Bearer " + ADMIN_KEY);

        assertThat(result).hasStatus(503).hasHeader("Retry-After", "1");
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo(503);
    }

    @Test
    void unexpectedErrorsAre500WithoutInternals() {
        when(service.getProfile(ADMIN, ORG)).thenThrow(new IllegalStateException("secret internals"));

        var result = mvc.get().uri(PROFILE).header("Authorization", "Bearer " + ADMIN_KEY);

        assertThat(result).hasStatus(500).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).body().asString().doesNotContain("secret internals").doesNotContain("Exception");
    }

    @Test
    void noKeyIs401BeforeAnyBinding() {
        var result =
                mvc.patch().uri(PROFILE).contentType(MediaType.APPLICATION_JSON).content("not json");

        assertThat(result)
                .hasStatus(401)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader("WWW-Authenticate", "Bearer realm=\"accounts-api\"");
        verifyNoInteractions(service);
    }

    @Test
    void formBodyIs415() {
        var result = mvc.patch()
                .uri(PROFILE)
                .header("Authorization", "Bearer " + ADMIN_KEY)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("company_name=Acme");

        assertThat(result).hasStatus(415).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(service);
    }

    private static OrganizationResponse sampleOrganization() {
        var at = Instant.parse("2023-11-07T05:31:56Z");
        var base = "http://localhost/organizations/" + ORG;
        return new OrganizationResponse(
                ORG,
                "flexible",
                OWNER,
                OrganizationMapper.SERVER,
                "example",
                "Example",
                "DE",
                List.of(),
                OrganizationMapper.SERVER,
                "7c9e6679-7425-40de-944b-e07fc1f90ae7",
                false,
                "",
                "active",
                at,
                at,
                new Links(
                        new Links.Link(base),
                        new Links.Link(base, "PATCH"),
                        null,
                        null,
                        null,
                        null,
                        new Links.Link(base + "/members"),
                        null));
    }

    private static ProfileResponse sampleProfile() {
        var at = Instant.parse("2023-11-07T05:31:56.123456Z");
        var money = new ProfileResponse.Money("$0.00", "0.00", "USD", "$");
        var trial = new ProfileResponse.Trial(
                true,
                at,
                "Free trial",
                at,
                money,
                money,
                new ProfileResponse.SpendRemaining("$0.00", "0.00", "USD", "$", true),
                new ProfileResponse.Projects("", "", new ProfileResponse.Total(0, "USD", "$", "$0.00")),
                null,
                "resources",
                30);
        return new ProfileResponse(
                UUID.randomUUID(),
                "Example",
                "a@example.com",
                "example",
                "organization",
                "",
                "",
                "",
                "USD",
                "",
                "",
                "",
                true,
                "",
                "",
                "",
                false,
                at,
                at,
                "",
                trial,
                false,
                "",
                "",
                new Links(new Links.Link("http://localhost" + PROFILE), null, null, null, null, null, null, null));
    }
}
