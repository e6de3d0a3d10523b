package io.accountsapi.user;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Users as other features read them: the members of an organization, a user's summary. */
interface MemberRepository extends Repository<Membership, String>, JpaSpecificationExecutor<Membership> {

    Optional<Membership> findByPersonIdAndOrganizationIdAndActiveTrue(UUID personId, String organizationId);

    boolean existsByIdAndOrganizationId(String id, String organizationId);

    @Query(
            "select u.organizationId from Membership u where u.personId = :personId and u.active order by u.organizationId")
    List<String> findOrganizationIds(UUID personId);

    String SUMMARY = """
            select new io.accountsapi.user.UserSummary(
                u.id, p.id, u.active, p.email, p.name, p.mfaEnabled, u.createdAt, u.changed)
            from Membership u join u.person p""";

    @Query(SUMMARY + " where u.id = :id")
    Optional<UserSummary> findSummary(String id);

    @Query(SUMMARY + " where p.id = :uuid and u.organizationId = :organizationId")
    Optional<UserSummary> findSummary(UUID uuid, String organizationId);

    @Query(SUMMARY + " where p.id in :uuids and u.organizationId = :organizationId")
    List<UserSummary> findSummaries(Collection<UUID> uuids, String organizationId);
}
