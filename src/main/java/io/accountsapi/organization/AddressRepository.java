package io.accountsapi.organization;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AddressRepository extends JpaRepository<Address, String> {

    /** Locks the row so that concurrent PATCHes of different fields apply one after the other and none is lost. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Address a where a.organizationId = :organizationId")
    Optional<Address> findForUpdate(String organizationId);
}
