package io.accountsapi.user;

import io.accountsapi.Ids;
import io.accountsapi.auth.BuiltInRoles;
import io.accountsapi.auth.Caller;
import io.accountsapi.datasource.ReadOnly;
import io.accountsapi.usecase.Refusal;
import io.accountsapi.usecase.Refused;
import io.accountsapi.usecase.Write;
import io.accountsapi.user.roles.Role;
import io.accountsapi.user.roles.RoleRepository;
import io.accountsapi.user.roles.Target;
import io.accountsapi.user.roles.TargetRepository;
import io.accountsapi.user.roles.Team;
import io.accountsapi.user.roles.TeamRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Memberships (what Probely calls users) and the people they belong to. Every method first makes sure the membership is
 * in the caller's organization (else not found, exactly as a missing one), then checks rights, then has the body
 * checked; a write then checks the client's expectation of the user as it read it, and lands only on that state (the
 * row's version, or its lock).
 */
@Service
public class UserService {

    private final UserRepository users;
    private final ChangeAuthorRepository authors;
    private final PersonRepository people;
    private final LabelService labels;
    private final RoleRepository roles;
    private final TeamRepository teams;
    private final TargetRepository targets;
    private final Clock clock;
    private final TransactionTemplate transactions;

    UserService(
            UserRepository users,
            ChangeAuthorRepository authors,
            PersonRepository people,
            LabelService labels,
            RoleRepository roles,
            TeamRepository teams,
            TargetRepository targets,
            Clock clock,
            TransactionTemplate transactions) {
        this.users = users;
        this.authors = authors;
        this.people = people;
        this.labels = labels;
        this.roles = roles;
        this.teams = teams;
        this.targets = targets;
        this.clock = clock;
        this.transactions = transactions;
    }

    public boolean emailTaken(String email) {
        return users.emailTaken(email);
    }

    /**
     * Creates an active user holding {@code roleId} account-wide, outside any request (bootstrap, demo data);
     * returns the new user's id. {@code changedById} null means the user made itself.
     */
    @Transactional
    public String create(
            String organizationId, String email, String name, String roleId, boolean billingAdmin, String changedById) {
        var id = Ids.shortId();
        var now = clock.instant();
        var user = new Membership(
                id,
                organizationId,
                new Person(email, name, now),
                "",
                true,
                billingAdmin,
                authors.makerOf(id, changedById),
                now);
        user.addRole(roles.getReferenceById(roleId), "account", null, null);
        users.saveAndFlush(user);
        return id;
    }

    /**
     * Makes an existing person, by UUID, an active member of another organization holding {@code roleId} account-wide;
     * returns the new membership's id.
     */
    @Transactional
    public String addMembership(UUID personId, String organizationId, String roleId, boolean billingAdmin) {
        var id = Ids.shortId();
        var membership = new Membership(
                id,
                organizationId,
                people.getReferenceById(personId),
                "",
                true,
                billingAdmin,
                authors.getReferenceById(id),
                clock.instant());
        membership.addRole(roles.getReferenceById(roleId), "account", null, null);
        users.saveAndFlush(membership);
        return membership.id();
    }

    /**
     * A page of the organization's users. Their labels, roles and who changed them are read as the page is mapped,
     * each kind in one statement for the whole page (batch fetching, application.yaml).
     */
    @ReadOnly
    public Page<MembershipDetails> list(Caller caller, MembershipSearch search) {
        return users.findAll(search.specification(caller.organizationId()), search.pageable())
                .map(Details::of);
    }

    @ReadOnly
    public MembershipDetails get(Caller caller, String userId) {
        return Details.of(find(caller, userId));
    }

    @ReadOnly
    public MembershipDetails profile(Caller caller) {
        return get(caller, caller.userId());
    }

    /** Admin only; a new person of an e-mail another person has is refused. */
    @Transactional
    public MembershipDetails create(Caller caller, NewMembership body, Runnable check) {
        caller.requireAdmin();
        check.run();
        var email = body.email();
        if (users.emailTaken(email)) {
            throw new Refused(new Refusal.Taken("user", "email"));
        }
        var roleChoices = body.roles()
                .orElse(List.of(new NewMembership.RoleChoice(BuiltInRoles.MEMBER_ID, Tier.ACCOUNT.code(), null, null)));
        checkRoles(caller.organizationId(), roleChoices);
        var now = clock.instant();
        var id = Ids.shortId();
        var user = new Membership(
                id,
                caller.organizationId(),
                new Person(email, body.name().orElse(""), now),
                body.title().orElse(""),
                body.active().orElse(true),
                false,
                authors.getReferenceById(caller.userId()),
                now);
        if (body.labels().isPresent()) {
            user.addLabels(labels.findOrCreate(caller, body.labels().get(), now));
        }
        roleChoices.stream()
                .distinct()
                .forEach(role -> user.addRole(
                        roles.getReferenceById(role.roleId()),
                        role.tier(),
                        role.teamId() == null ? null : teams.getReferenceById(role.teamId()),
                        role.targetId() == null ? null : targets.getReferenceById(role.targetId())));
        users.saveAndFlush(user);
        return get(caller, id);
    }

    /**
     * A user may change their own name and title; anything else needs an Admin. {@code changed} and {@code changed_by}
     * move only when something really changes. A write reads the user as it stands and writes it with its version, no
     * lock: the membership's row is the first it writes (updates go in the order of their entities' names, label links
     * after them), so it cannot deadlock with a write holding the lock. One that would add or recolor labels (rows
     * written before the membership's), or that another write overtook (its {@code UPDATE} then matched no row), runs
     * again under the row's lock.
     */
    public MembershipDetails update(Caller caller, String userId, Write<MembershipChanges, MembershipDetails> write) {
        try {
            var unlocked = transactions.execute(status -> changeWithoutLock(caller, userId, write));
            if (unlocked.isPresent()) {
                return unlocked.get();
            }
        } catch (OptimisticLockingFailureException overtaken) {
            // Run again below, applying to what the other write stored.
        }
        return transactions.execute(status -> changeUnderLock(caller, userId, write));
    }

    /** Empty, having written nothing, when the write would add or recolor labels. */
    private Optional<MembershipDetails> changeWithoutLock(
            Caller caller, String userId, Write<MembershipChanges, MembershipDetails> write) {
        var user = find(caller, userId);
        check(caller, user, write);
        var sentLabels = write.changes().labels();
        Set<Label> newLabels = null;
        if (sentLabels.isPresent()) {
            var asSent = labels.findAsSent(caller, sentLabels.get());
            if (asSent.isEmpty()) {
                return Optional.empty();
            }
            newLabels = asSent.get();
        }
        return Optional.of(apply(caller, user, write.changes(), newLabels, clock.instant()));
    }

    private MembershipDetails changeUnderLock(
            Caller caller, String userId, Write<MembershipChanges, MembershipDetails> write) {
        var user = lock(caller, userId);
        check(caller, user, write);
        var now = clock.instant();
        var newLabels = write.changes()
                .labels()
                .map(sent -> labels.findOrCreate(caller, sent, now))
                .orElse(null);
        return apply(caller, user, write.changes(), newLabels, now);
    }

    /** Rights, the body, what a user may not do to themselves, then the client's expectation of the user as read. */
    private void check(Caller caller, Membership user, Write<MembershipChanges, MembershipDetails> write) {
        var self = user.id().equals(caller.userId());
        var changes = write.changes();
        if (!caller.admin() && (!self || changes.sendsAccess())) {
            throw Refused.notAllowed(Refusal.Right.SELF_OR_ADMIN);
        }
        write.check().run();
        if (self && changes.active().orElse(true) == Boolean.FALSE) {
            throw new Refused(new Refusal.SelfDeactivation("active"));
        }
        var renamed = changes.name().filter(name -> !name.equals(user.name())).isPresent();
        if (renamed && !self && user.person().belongsToSeveralOrganizations()) {
            throw new Refused(new Refusal.SharedWithOtherOrganizations("name"));
        }
        write.requireExpected(() -> Details.of(user));
    }

    /** Null {@code newLabels} leaves the labels as they are. */
    private MembershipDetails apply(
            Caller caller, Membership user, MembershipChanges changes, Set<Label> newLabels, Instant now) {
        user.apply(changes, newLabels, authors.getReferenceById(caller.userId()), now);
        return Details.of(user);
    }

    /** DELETE: the user is deactivated, never removed, so their history stays. */
    @Transactional
    public void deactivate(Caller caller, String userId, Write<Void, MembershipDetails> write) {
        var user = lock(caller, userId);
        caller.requireAdmin();
        if (userId.equals(caller.userId())) {
            throw new Refused(new Refusal.SelfDeactivation(null));
        }
        write.requireExpected(() -> Details.of(user));
        user.deactivate(authors.getReferenceById(caller.userId()), clock.instant());
    }

    /** The caller's user of that id, with everything the API shows. */
    private Membership find(Caller caller, String userId) {
        return users.findByIdAndOrganizationId(userId, caller.organizationId()).orElseThrow(UserService::userNotFound);
    }

    /** The caller's user of that id, locked until the transaction ends, then read with everything the API shows. */
    private Membership lock(Caller caller, String userId) {
        users.lockByIdAndOrganizationId(userId, caller.organizationId()).orElseThrow(UserService::userNotFound);
        return find(caller, userId);
    }

    /** Roles must exist; teams and targets must be the organization's. The refusal names what is missing per grant. */
    private void checkRoles(String organizationId, List<NewMembership.RoleChoice> inputs) {
        var roleIds = ids(
                roles.findAllById(
                        inputs.stream().map(NewMembership.RoleChoice::roleId).toList()),
                Role::id);
        var teamIds = ids(
                teams.findByOrganizationIdAndIdIn(
                        organizationId,
                        present(inputs.stream()
                                .map(NewMembership.RoleChoice::teamId)
                                .toList())),
                Team::id);
        var targetIds = ids(
                targets.findByOrganizationIdAndIdIn(
                        organizationId,
                        present(inputs.stream()
                                .map(NewMembership.RoleChoice::targetId)
                                .toList())),
                Target::id);
        var missing = inputs.stream()
                .map(role -> new Refusal.UnknownRoleParts.Missing(
                        roleIds.contains(role.roleId()) ? null : role.roleId(),
                        role.teamId() == null || teamIds.contains(role.teamId()) ? null : role.teamId(),
                        role.targetId() == null || targetIds.contains(role.targetId()) ? null : role.targetId()))
                .toList();
        if (!missing.stream().allMatch(Refusal.UnknownRoleParts.Missing::none)) {
            throw new Refused(new Refusal.UnknownRoleParts(missing));
        }
    }

    private static <T> Set<String> ids(Collection<T> found, Function<T, String> id) {
        return found.stream().map(id).collect(Collectors.toSet());
    }

    private static List<String> present(List<String> ids) {
        return ids.stream().filter(Objects::nonNull).toList();
    }

    private static Refused userNotFound() {
        return Refused.notFound("user");
    }
}
