package io.accountsapi.auth;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

interface ApiKeyRepository extends JpaRepository<ApiKey, String> {

    boolean existsByKeyHash(byte[] keyHash);

    List<ApiKey> findByMembershipIdOrderByCreated(String membershipId);

    @Modifying
    @Query("delete from ApiKey k where k.id = :id and k.membershipId = :membershipId")
    int deleteByIdAndMembershipId(String id, String membershipId);

    /** The person's active membership of the organization of that id (in any case) or machine name. */
    @NativeQuery(sqlResultSetMapping = ApiKey.MEMBER, value = """
            SELECT m.id AS user_id, m.organization_id, o.name AS organization_name, m.account_admin AS admin,
                   m.is_billing_admin AS billing_admin, m.person_id
            FROM memberships m JOIN organizations o ON o.id = m.organization_id
            WHERE m.person_id = :personId AND m.active AND (o.id = upper(:organizationId) OR o.name = :name)""")
    Optional<Caller> findActiveMembership(UUID personId, String organizationId, String name);
}
