package io.accountsapi.user;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Users. A user is read with everything the API shows of it ({@link #AS_SHOWN}) in one statement; a page of users is
 * chosen by {@link UserFilters}.
 */
interface UserRepository extends JpaRepository<Membership, String>, JpaSpecificationExecutor<Membership> {

    /**
     * Users with what the API shows of them. Join fetches rather than an entity graph, with which Hibernate would
     * translate the query anew on every call. Not joined, since each would be looked up again for every label row: who
     * changed each label (most often who changed the user, then already loaded; else one batch) and a role's team or
     * target (loaded in one batch when a role has one).
     */
    String AS_SHOWN = """
            select u from Membership u join fetch u.person
            left join fetch u.changedBy c left join fetch c.person
            left join fetch u.labels left join fetch u.roles r left join fetch r.role""";

    @Query(AS_SHOWN + " where u.id = :id and u.organizationId = :organizationId")
    Optional<Membership> findByIdAndOrganizationId(String id, String organizationId);

    /**
     * Locks the user's row until the transaction ends, so that concurrent writes apply one after the other. Only the
     * row, and what the API shows of the user is read after it by a statement of its own: a locking read that waited
     * for another write would see the rows it joins (the label links) as they were before that write.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from Membership u where u.id = :id and u.organizationId = :organizationId")
    Optional<Membership> lockByIdAndOrganizationId(String id, String organizationId);

    /** The organization's active member that is that person, its row locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query(
            "select u from Membership u where u.personId = :personId and u.organizationId = :organizationId and u.active")
    Optional<Membership> lockMember(UUID personId, String organizationId);

    boolean existsByPersonIdAndOrganizationId(UUID personId, String organizationId);

    /** The membership goes; its role grants, label links and keys go with it, by the schema's cascades. */
    @Modifying
    @Query("delete from Membership u where u.id = :id")
    void remove(String id);

    /** Uses the index on {@code lower(email)}. */
    @Query("select count(p) > 0 from Person p where lower(p.email) = lower(:email)")
    boolean emailTaken(String email);
}
