package io.accountsapi.user;

import io.accountsapi.Ids;
import io.accountsapi.auth.BuiltInRoles;
import io.accountsapi.datasource.ReadOnly;
import io.accountsapi.usecase.Refusal;
import io.accountsapi.usecase.Refused;
import io.accountsapi.usecase.Write;
import io.accountsapi.user.roles.RoleRepository;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to an organization, by person: memberships added with their permissions, permissions granted, memberships
 * removed. Its callers decide who may do each; the person's other memberships are never touched.
 */
@Service
public class MembershipService {

    private final UserRepository memberships;
    private final ChangeAuthorRepository authors;
    private final PersonRepository people;
    private final RoleRepository roles;
    private final Clock clock;

    MembershipService(
            UserRepository memberships,
            ChangeAuthorRepository authors,
            PersonRepository people,
            RoleRepository roles,
            Clock clock) {
        this.memberships = memberships;
        this.authors = authors;
        this.people = people;
        this.roles = roles;
        this.clock = clock;
    }

    /** What a membership may do in its organization. */
    @ReadOnly
    public Set<Permission> permissionsOf(String membershipId) {
        return memberships.findById(membershipId).map(Membership::permissions).orElse(Set.of());
    }

    /**
     * Makes the person an active member of the organization holding exactly {@code permissions}, added by
     * {@code byMembershipId} (null: by themselves). An unknown person is not found; one the organization already has
     * (active or not) is refused, also when another request adds them at the same time.
     */
    @Transactional
    public MemberView add(String organizationId, UUID personId, Set<Permission> permissions, String byMembershipId) {
        var person = people.findById(personId).orElseThrow(() -> Refused.notFound("user"));
        if (memberships.existsByPersonIdAndOrganizationId(personId, organizationId)) {
            throw alreadyMember();
        }
        var now = clock.instant();
        var id = Ids.shortId();
        var by = authors.makerOf(id, byMembershipId);
        var membership = new Membership(id, organizationId, person, "", true, false, by, now);
        grant(membership, permissions, by);
        try {
            memberships.saveAndFlush(membership);
        } catch (DataIntegrityViolationException e) {
            // Another request added the same person since the check above (the unique person and organization).
            throw alreadyMember();
        }
        return UserDirectory.member(membership);
    }

    /**
     * Grants exactly the write's permissions to the organization's active member that is that person, under its row
     * lock, once the client's expectation of the member holds.
     */
    @Transactional
    public MemberView grant(
            String organizationId, UUID personId, Write<Set<Permission>, MemberView> write, String byMembershipId) {
        var membership = memberships.lockMember(personId, organizationId).orElseThrow(() -> Refused.notFound("member"));
        write.requireExpected(() -> UserDirectory.member(membership));
        grant(membership, write.changes(), authors.getReferenceById(byMembershipId));
        memberships.flush();
        return UserDirectory.member(membership);
    }

    /** Removes the organization's active member that is that person, with its keys, role grants and label links. */
    @Transactional
    public void remove(String organizationId, UUID personId) {
        var membership = memberships.lockMember(personId, organizationId).orElseThrow(() -> Refused.notFound("member"));
        memberships.remove(membership.id());
    }

    private void grant(Membership membership, Set<Permission> permissions, ChangeAuthor by) {
        membership.grant(
                permissions,
                roles.getReferenceById(BuiltInRoles.ADMIN_ID),
                roles.getReferenceById(BuiltInRoles.MEMBER_ID),
                by,
                clock.instant());
    }

    private static Refused alreadyMember() {
        return new Refused(new Refusal.Taken("member", "user_id"));
    }
}
