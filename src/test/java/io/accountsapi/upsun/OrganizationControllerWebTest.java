package io.accountsapi.upsun;

import static io.accountsapi.auth.WebSliceConfiguration.ADMIN;
import static io.accountsapi.auth.WebSliceConfiguration.ADMIN_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.accountsapi.auth.WebSliceConfiguration;
import io.accountsapi.organization.NewOrganization;
import io.accountsapi.organization.OrganizationChanges;
import io.accountsapi.organization.OrganizationDetails;
import io.accountsapi.organization.OrganizationSamples;
import io.accountsapi.organization.OrganizationService;
import io.accountsapi.organization.ProfileChanges;
import io.accountsapi.organization.ProfileDetails;
import io.accountsapi.upsun.request.UpsunMessages;
import io.accountsapi.usecase.Refused;
import io.accountsapi.usecase.Write;
import io.accountsapi.web.ApiException;
import io.accountsapi.web.ApiProblem;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Binding and error bodies of the organizations dialect, with the service replaced. */
@WebMvcTest(OrganizationController.class)
@Import(WebSliceConfiguration.class)
class OrganizationControllerWebTest {

    private static final UUID OWNER = UUID.fromString("0b5d3a4e-6c2f-4b8e-9a1d-2f3c4d5e6f70");

    private static final String ORG = "01EY8BWRSQ56EY1TDC32PARAJS";
    private static final String PROFILE = "/organizations/" + ORG + "/profile";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    OrganizationService service;

    @Test
    void patchBindsAbsentNullAndPresentFieldsApartAndChecksTheBodyOnlyInTheService() {
        when(service.updateProfile(any(), anyString(), any())).thenReturn(sampleProfile());

        assertThat(mvc.patch()
                        .uri(PROFILE)
                        .header("Authorization", "Bearer " + ADMIN_KEY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"company_name\": null, \"vat_number\": \" gb 12 \", \"currency\": \"EUR\"}"))
                .hasStatusOk();

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Write<ProfileChanges, ProfileDetails>> write = ArgumentCaptor.forClass(Write.class);
        verify(service).updateProfile(eq(ADMIN), eq(ORG), write.capture());
        var changes = write.getValue().changes();
        assertThat(changes.vatNumber()).contains("GB 12");
        assertThat(changes.billingContact()).isEmpty();
        assertThat(write.getValue().expected()).isNull();
        assertThatThrownBy(() -> write.getValue().check().run())
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.problem())
                                .isEqualTo(new ApiProblem.Invalid(
                                        Map.of("company_name", List.of(UpsunMessages.NOT_NULL)))));
    }

    @Test
    void aNewOrganizationIsBoundAsTheDomainsCommandAnd201AndItsCheckRunsOnlyInTheService() {
        when(service.create(any(), any())).thenReturn(OrganizationSamples.organization(ORG, OWNER, Instant.now()));

        assertThat(mvc.post()
                        .uri("/organizations")
                        .header("Authorization", "Bearer " + ADMIN_KEY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\": \" Acme \", \"country\": \"de\", \"owner_id\": \"" + OWNER + "\"}"))
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$._links.delete.method")
                .isEqualTo("DELETE");

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Write<NewOrganization, ?>> write = ArgumentCaptor.forClass(Write.class);
        verify(service).create(eq(ADMIN), write.capture());
        assertThat(write.getValue().changes())
                .isEqualTo(new NewOrganization(
                        "Acme",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("DE"),
                        Optional.empty(),
                        Optional.of(OWNER)));
        assertThat(write.getValue().check()).as("a valid body passes its check").satisfies(Runnable::run);
    }

    @Test
    void aNewOrganizationsBodyCheckAnswersUpsunsProblemNamingTheField() {
        when(service.create(any(), any())).thenAnswer(call -> {
            call.<Write<?, ?>>getArgument(1).check().run();
            return OrganizationSamples.organization(ORG, OWNER, Instant.now());
        });

        assertThat(mvc.post()
                        .uri("/organizations")
                        .header("Authorization", "Bearer " + ADMIN_KEY)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\": \"\", \"type\": \"big\"}"))
                .hasStatus(400)
                .hasContentType("application/problem+json")
                .bodyJson()
                .extractingPath("$.detail.type")
                .isEqualTo(UpsunMessages.NOT_A_CHOICE);
    }

    @Test
    void aDeletionAnswers204WithNoBodyWhateverTheAcceptHeader() {
        assertThat(mvc.delete()
                        .uri("/organizations/" + ORG)
                        .header("Authorization", "Bearer " + ADMIN_KEY)
                        .accept("application/problem+json"))
                .hasStatus(204)
                .body()
                .isEmpty();

        verify(service).delete(ADMIN, ORG);
    }

    @Test
    void organizationPatchTrimsTheLabelUpperCasesTheCountryAndKeepsUnknownFieldsApart() {
        when(service.update(any(), anyString(), any())).thenReturn(sampleOrganization());

        assertThat(mvc.patch()
                        .uri("/organizations/" + ORG)
                        .header("Authorization", "Bearer " + ADMIN_KEY)
                        .header("Prefer", "handling=strict")
                        .contentType("application/merge-patch+json")
                        .content("{\"label\": \" Acme \", \"country\": \"de\", \"owner_id\": \"x\"}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$._links.members.href")
                .isEqualTo("http://localhost/organizations/" + ORG + "/members");

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Write<OrganizationChanges, OrganizationDetails>> write = ArgumentCaptor.forClass(Write.class);
        verify(service).update(eq(ADMIN), eq(ORG), write.capture());
        var changes = write.getValue().changes();
        assertThat(changes.label()).contains("Acme");
        assertThat(changes.country()).contains("DE");
        assertThat(changes.name()).isEmpty();
        assertThatThrownBy(() -> write.getValue().check().run())
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.problem()).isEqualTo(new ApiProblem.IgnoredFields(List.of("owner_id"))));
    }

    @Test
    void listFiltersApplyToWhatTheServiceAnswersAndAnUnknownOperatorIsRefusedFirst() {
        when(service.organizationsOf(ADMIN)).thenReturn(List.of(sampleOrganization()));

        assertThat(mvc.get()
                        .uri("/organizations")
                        .param("filter[owner_id]", OWNER.toString())
                        .param("filter[name][ne]", "x")
                        .header("Authorization", "Bearer " + ADMIN_KEY))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.count")
                .isEqualTo(1);
        assertThat(mvc.get()
                        .uri("/organizations")
                        .param("filter[name]", "x")
                        .header("Authorization", "Bearer " + ADMIN_KEY))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.count")
                .isEqualTo(0);
        assertThat(mvc.get()
                        .uri("/organizations")
                        .param("filter[owner_id][like]", "x")
                        .header("Authorization", "Bearer " + ADMIN_KEY))
                .hasStatus(400)
                .hasContentType("application/problem+json");
        verify(service, times(2)).organizationsOf(ADMIN);
    }

    @Test
    void anIfMatchBecomesTheWritesExpectationOfTheCurrentRepresentation() {
        var current = sampleProfile();
        when(service.getProfile(ADMIN, ORG)).thenReturn(current);
        when(service.updateProfile(any(), anyString(), any())).thenReturn(current);
        var etag = mvc.get()
                .uri(PROFILE)
                .header("Authorization", "Bearer " + ADMIN_KEY)
                .exchange()
                .getResponse()
                .getHeader("ETag");

        mvc.patch()
                .uri(PROFILE)
                .header("Authorization", "Bearer " + ADMIN_KEY)
                .header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .exchange();

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Write<ProfileChanges, ProfileDetails>> write = ArgumentCaptor.forClass(Write.class);
        verify(service).updateProfile(eq(ADMIN), eq(ORG), write.capture());
        // The expectation maps the state as the answer would, links included, so it runs within a request.
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        try {
            assertThat(write.getValue().expected().test(current)).isTrue();
            assertThat(write.getValue().expected().test(sampleProfile())).isFalse();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
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
        when(service.getProfile(ADMIN, ORG)).thenThrow(Refused.notFound("organization"));

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

    private static OrganizationDetails sampleOrganization() {
        return OrganizationSamples.organization(ORG, OWNER, Instant.parse("2023-11-07T05:31:56Z"));
    }

    private static ProfileDetails sampleProfile() {
        return OrganizationSamples.profile(ORG, Instant.parse("2023-11-07T05:31:56.123456Z"));
    }
}
