package io.accountsapi.user;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * Users. A user is read with everything the API shows of it ({@link #AS_SHOWN}) in one statement; a page of users is
 * chosen by {@link UserFilters}.
 */
interface UserRepository extends JpaRepository<User, String>, JpaSpecificationExecutor<User> {

    /**
     * Users with everything the API shows of them. Join fetches rather than an entity graph, with which Hibernate would
     * translate the query anew on every call.
     */
    String AS_SHOWN = """
            select u from User u
            left join fetch u.changedBy
            left join fetch u.labels l left join fetch l.changedBy
            left join fetch u.roles r left join fetch r.role left join fetch r.team left join fetch r.target""";

    @Query(AS_SHOWN + " where u.id = :id and u.organizationId = :organizationId")
    Optional<User> findByIdAndOrganizationId(String id, String organizationId);

    /**
     * Locks the user's row until the transaction ends, so that concurrent writes apply one after the other. Only the
     * row: Hibernate locks no read with outer joins, so what the API shows of the user is read after the lock.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from User u where u.id = :id and u.organizationId = :organizationId")
    Optional<User> lockByIdAndOrganizationId(String id, String organizationId);

    boolean existsByIdAndOrganizationId(String id, String organizationId);

    /**
     * The member an active user is, as Upsun shows it: {@code admin} when the user holds the Admin role account-wide,
     * {@code owner} when the organization names the user its owner.
     */
    String MEMBER = """
            select new io.accountsapi.user.MemberView(u.id,
                case when exists (select r.id from UserRole r
                                  where r.user = u and r.role.id = :adminRoleId and r.tier = 'account')
                     then true else false end,
                u.billingAdmin, case when o.ownerId = u.id then true else false end, u.createdAt, u.changed)
            from User u join Organization o on o.id = u.organizationId
            where u.organizationId = :organizationId and u.active = true""";

    /** The organization's active users after the cursor, in the order of their ids. */
    @Query(MEMBER + " and u.id > :after order by u.id")
    List<MemberView> findMembersAfter(String organizationId, String adminRoleId, String after, Limit limit);

    /** The organization's active users before the cursor, the nearest first. */
    @Query(MEMBER + " and u.id < :before order by u.id desc")
    List<MemberView> findMembersBefore(String organizationId, String adminRoleId, String before, Limit limit);

    @Query(MEMBER + " and u.id = :userId")
    Optional<MemberView> findMember(String organizationId, String adminRoleId, String userId);

    long countByOrganizationIdAndActiveTrue(String organizationId);

    @Query("""
            select new io.accountsapi.user.CurrentUserView(u.id, u.active, u.email, u.name, u.createdAt, u.changed,
                o.label, a.country)
            from User u join Organization o on o.id = u.organizationId join Address a on a.organizationId = o.id
            where u.id = :id""")
    Optional<CurrentUserView> findCurrentUser(String id);

    /** Uses the index on {@code lower(email)}. */
    @Query("select count(u) > 0 from User u where lower(u.email) = lower(:email)")
    boolean emailTaken(String email);
}
