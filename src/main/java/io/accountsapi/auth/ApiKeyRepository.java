package io.accountsapi.auth;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiKeyRepository extends JpaRepository<ApiKey, String> {

    boolean existsByKeyHash(byte[] keyHash);

    List<ApiKey> findByUserIdOrderByCreated(String userId);

    @Modifying
    @Query("delete from ApiKey k where k.id = :id and k.userId = :userId")
    int deleteByIdAndUserId(String id, String userId);

    /**
     * The active user behind a key, with what authorization needs, in one indexed statement: it runs on every
     * authenticated request, so a revoked key or a deactivated user is refused from the next request on. JPQL, so
     * that Hibernate plans it once (the users, roles and organizations it reads are mapped by their features).
     */
    @Query("""
            select new io.accountsapi.auth.Caller(u.id, u.organizationId, o.name,
                   case when exists (select 1 from UserRole r
                                     where r.user = u and r.role.id = :adminRoleId and r.tier = 'account')
                        then true else false end,
                   u.billingAdmin)
            from ApiKey k join User u on u.id = k.userId join Organization o on o.id = u.organizationId
            where k.keyHash = :keyHash and u.active = true""")
    Optional<Caller> findActiveCaller(byte[] keyHash, String adminRoleId);
}
