package io.accountsapi.user;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Users as other features read them: the members of an organization, a user's summary. */
interface MemberRepository extends Repository<User, String> {

    /** The organization's active users; {@code admin} when the user holds the Admin role account-wide. */
    String MEMBER = """
            select new io.accountsapi.user.MemberView(u.id, u.uuid,
                case when exists (select r.id from UserRole r
                                  where r.user = u and r.role.id = :adminRoleId and r.tier = 'account')
                     then true else false end,
                u.billingAdmin, u.createdAt, u.changed)
            from User u
            where u.organizationId = :organizationId and u.active = true""";

    /** The organization's active users after the cursor, in the order of their ids. */
    @Query(MEMBER + " and u.id > :after order by u.id")
    List<MemberView> findMembersAfter(String organizationId, String adminRoleId, String after, Limit limit);

    /** The organization's active users before the cursor, the nearest first. */
    @Query(MEMBER + " and u.id < :before order by u.id desc")
    List<MemberView> findMembersBefore(String organizationId, String adminRoleId, String before, Limit limit);

    @Query(MEMBER + " and u.uuid = :uuid")
    Optional<MemberView> findMember(String organizationId, String adminRoleId, UUID uuid);

    boolean existsByIdAndOrganizationId(String id, String organizationId);

    long countByOrganizationIdAndActiveTrue(String organizationId);

    String SUMMARY = """
            select new io.accountsapi.user.UserSummary(u.id, u.uuid, u.active, u.email, u.name, u.createdAt, u.changed)
            from User u""";

    @Query(SUMMARY + " where u.id = :id")
    Optional<UserSummary> findSummary(String id);

    @Query(SUMMARY + " where u.uuid = :uuid and u.organizationId = :organizationId")
    Optional<UserSummary> findSummary(UUID uuid, String organizationId);
}
