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

    /**
     * The active membership behind a key, with what authorization needs, in one indexed statement: it runs on every
     * authenticated request, on the primary, so a revoked key or a deactivated user is refused from the next request on.
     * It also reads the primary's WAL insert position (past every commit, even one not yet written), which the request's
     * reads on a replica must have replayed. JPQL, not native SQL: Hibernate keeps its translation from call to call,
     * where a native query's result mapping is resolved against the columns on each.
     */
    @Query("""
            select new io.accountsapi.auth.KeyOwner(k.id, m.id, m.organizationId, o.name, m.accountAdmin,
                   m.billingAdmin, m.personId, cast(function('pg_current_wal_insert_lsn') as String))
            from ApiKey k join Membership m on m.id = k.membershipId join Organization o on o.id = m.organizationId
            where k.keyHash = :keyHash and m.active""")
    Optional<KeyOwner> findActiveCaller(byte[] keyHash);

    /** The person's active membership of the organization of that id (in any case) or machine name. */
    @NativeQuery(sqlResultSetMapping = ApiKey.MEMBER, value = """
            SELECT m.id AS user_id, m.organization_id, o.name AS organization_name, m.account_admin AS admin,
                   m.is_billing_admin AS billing_admin, m.person_id
            FROM memberships m JOIN organizations o ON o.id = m.organization_id
            WHERE m.person_id = :personId AND m.active AND (o.id = upper(:organizationId) OR o.name = :name)""")
    Optional<Caller> findActiveMembership(UUID personId, String organizationId, String name);
}
