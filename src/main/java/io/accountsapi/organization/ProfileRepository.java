package io.accountsapi.organization;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProfileRepository extends JpaRepository<Profile, UUID> {

    /** Locks the row so that concurrent PATCHes of different fields apply one after the other and none is lost. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Profile p where p.organizationId = :organizationId")
    Optional<Profile> findForUpdate(String organizationId);

    @Query("""
            select new io.accountsapi.organization.ProfileRow(p, o, a, t)
            from Profile p
            join Organization o on o.id = p.organizationId
            join Address a on a.organizationId = o.id
            join Trial t on t.organizationId = o.id
            where o.id = :organizationId""")
    Optional<ProfileRow> findView(String organizationId);
}
