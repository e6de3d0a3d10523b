package io.accountsapi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsapi.Ids;
import io.accountsapi.TestDatabaseConfiguration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

/** The repositories' queries and the schema's own constraints, against the real PostgreSQL. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(TestDatabaseConfiguration.class)
class OrganizationRepositoryTest {

    @Autowired
    EntityManager entityManager;

    @Autowired
    OrganizationRepository organizations;

    @Autowired
    ProfileRepository profiles;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private Organization organization;

    @BeforeEach
    void persistOrganization() {
        var name = "repo-" + UUID.randomUUID().toString().substring(0, 8);
        organization = new Organization(Ids.ulid(Clock.systemUTC()), name, "Repo Org", now);
        entityManager.persist(organization);
        entityManager.persist(new Profile(organization.getId(), now));
        entityManager.persist(new Address(organization.getId(), now));
        entityManager.persist(new Trial(organization.getId(), now));
        entityManager.flush();
    }

    @Test
    void profileViewReadsProfileOrganizationAddressAndTrialTogether() {
        var view = profiles.findView(organization.getId()).orElseThrow();

        assertThat(view.organization().getName()).isEqualTo(organization.getName());
        assertThat(view.profile().isNewUi()).isTrue();
        assertThat(view.trial().getExpiration()).isEqualTo(now.plus(Trial.DEFAULT_LENGTH));
        assertThat(view.address().getCountry()).isEmpty();
    }

    @Test
    void organizationViewsAndLocks() {
        assertThat(profiles.findForUpdate(organization.getId())).isPresent();
        assertThat(organizations.findView(organization.getId()).orElseThrow().country())
                .isEmpty();
        assertThat(organizations.existsByName(organization.getName())).isTrue();
    }

    @Test
    void schemaRefusesWhatTheContractForbids() {
        assertRefused("UPDATE profiles SET vat_number = 'gb 1' WHERE organization_id = ?1");
        assertRefused("UPDATE profiles SET company_name = repeat('a', 256) WHERE organization_id = ?1");
        assertRefused("UPDATE addresses SET country = 'de' WHERE organization_id = ?1");
        assertRefused("UPDATE trials SET pending_verification = 'sms' WHERE organization_id = ?1");
        assertRefused("UPDATE organizations SET name = 'Not A Slug' WHERE id = ?1");
        assertRefused("UPDATE organizations SET security_contact = repeat('a', 255) WHERE id = ?1");
        assertRefused("UPDATE profiles SET customer_type = 'company' WHERE organization_id = ?1");
        assertRefused("UPDATE profiles SET legal_entity_name = repeat('a', 256) WHERE organization_id = ?1");
        assertRefused(
                "INSERT INTO profiles (id, organization_id, created_at, updated_at) VALUES (gen_random_uuid(), ?1, now(), now())");
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(() -> {
                    entityManager.createNativeQuery("SAVEPOINT attempt").executeUpdate();
                    try {
                        entityManager
                                .createNativeQuery(sql)
                                .setParameter(1, organization.getId())
                                .executeUpdate();
                    } finally {
                        entityManager
                                .createNativeQuery("ROLLBACK TO SAVEPOINT attempt")
                                .executeUpdate();
                    }
                })
                .as(sql)
                .isInstanceOf(PersistenceException.class);
    }
}
