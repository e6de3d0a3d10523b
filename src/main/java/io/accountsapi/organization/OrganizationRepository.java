package io.accountsapi.organization;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OrganizationRepository extends JpaRepository<Organization, String> {

    @Query("""
            select new io.accountsapi.organization.OrganizationRow(o, a.country, p.id)
            from Organization o join Address a on a.organizationId = o.id join Profile p on p.organizationId = o.id
            where o.id = :id""")
    Optional<OrganizationRow> findView(String id);

    @Query("""
            select new io.accountsapi.organization.OrganizationRow(o, a.country, p.id)
            from Organization o join Address a on a.organizationId = o.id join Profile p on p.organizationId = o.id
            where o.id in :ids order by o.id""")
    List<OrganizationRow> findViews(Collection<String> ids);

    boolean existsByName(String name);

    /** Locks the row so that concurrent changes of the organization apply one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Organization o where o.id = :id")
    Optional<Organization> findForUpdate(String id);

    /** The organization goes; all that is only its own goes with it, by the schema's cascades. */
    @Modifying
    @Query("delete from Organization o where o.id = :id")
    void remove(String id);
}
