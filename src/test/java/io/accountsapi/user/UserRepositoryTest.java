package io.accountsapi.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.accountsapi.Ids;
import io.accountsapi.TestDatabaseConfiguration;
import io.accountsapi.auth.BuiltInRoles;
import io.accountsapi.probely.UserQuery;
import io.accountsapi.user.roles.RoleRepository;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;

/** The users and labels repositories, and the schema's own rules for them, against the real PostgreSQL. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({TestDatabaseConfiguration.class, UserDirectory.class})
class UserRepositoryTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    @Autowired
    UserRepository users;

    @Autowired
    MemberRepository members;

    @Autowired
    UserDirectory directory;

    @Autowired
    LabelRepository labels;

    @Autowired
    RoleRepository roles;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private String organizationId;

    @BeforeEach
    void organization() {
        organizationId = newOrganization();
    }

    @Test
    void aUserIsReadAndLockedOnlyInItsOrganizationWithItsLabelsAndRoles() {
        var id = newUser(unique("a"), "A");
        var label = newLabels(id, "red").getFirst();
        users.findById(id).orElseThrow().addLabels(Set.of(label));
        users.flush();
        entityManager.clear();

        var read = users.findByIdAndOrganizationId(id, organizationId).orElseThrow();
        assertThat(read.name()).isEqualTo("A");
        assertThat(read.labels()).extracting(Label::name).containsExactly("red");
        assertThat(read.roles()).extracting(role -> role.role().name()).containsExactly("Member");
        assertThat(users.lockByIdAndOrganizationId(id, organizationId))
                .get()
                .extracting(Membership::name)
                .isEqualTo("A");
        assertThat(users.findByIdAndOrganizationId(id, newOrganization())).isEmpty();
        assertThat(users.lockByIdAndOrganizationId(id, newOrganization())).isEmpty();
    }

    @Test
    void applyStoresTheFieldsSentAndReplacesTheLabelLinks() {
        var id = newUser(unique("b"), "B");
        var found = newLabels(id, "red", "blue", "green");
        var byName = found.stream().collect(Collectors.toMap(Label::name, Function.identity()));
        var user = users.lockByIdAndOrganizationId(id, organizationId).orElseThrow();

        user.apply(patch("B2", false), Set.of(byName.get("red"), byName.get("blue")), author(id), now);
        users.flush();
        user.apply(patch(null, null), Set.of(byName.get("blue"), byName.get("green")), author(id), now);
        users.flush();
        entityManager.clear();

        assertThat(found).extracting(Label::name).containsExactlyInAnyOrder("red", "blue", "green");
        var stored = users.findByIdAndOrganizationId(id, organizationId).orElseThrow();
        assertThat(stored.name()).isEqualTo("B2");
        assertThat(stored.active()).isFalse();
        assertThat(labelLinks(id))
                .containsExactlyInAnyOrder(
                        byName.get("blue").id(), byName.get("green").id());
    }

    @Test
    void applyMovesChangedOnlyWhenSomethingChanges() {
        var id = newUser(unique("s"), "S");
        var byId = newUser(unique("t"), "T");
        var teal = Set.copyOf(newLabels(id, "teal"));
        var user = users.lockByIdAndOrganizationId(id, organizationId).orElseThrow();
        user.apply(patch(null, null), teal, author(id), now);
        users.flush();
        var by = author(byId);

        assertThat(user.apply(patch("S", true), teal, by, now.plusSeconds(60))).isFalse();
        assertThat(user.apply(patch(null, null), null, by, now.plusSeconds(120)))
                .isFalse();
        users.flush();
        assertThat(changedBy(id)).isEqualTo(id + " " + now);

        assertThat(user.apply(patch(null, null), Set.of(), by, now.plusSeconds(180)))
                .isTrue();
        users.flush();
        assertThat(changedBy(id)).isEqualTo(byId + " " + now.plusSeconds(180));
        assertThat(labelLinks(id)).isEmpty();

        assertThat(user.deactivate(author(id), now.plusSeconds(240))).isTrue();
        assertThat(user.deactivate(by, now.plusSeconds(300))).isFalse();
        users.flush();
        assertThat(changedBy(id)).isEqualTo(id + " " + now.plusSeconds(240));
    }

    @Test
    void insertAbsentSkipsNamesTheCatalogueHasAndAnswersOnlyThoseItAdded() {
        var id = newUser(unique("c"), "C");
        labels.insertAbsent(
                organizationId,
                new String[] {Ids.shortId()},
                new String[] {"shared"},
                new String[] {"#111111"},
                id,
                now);
        var freshId = Ids.shortId();

        var added = labels.insertAbsent(
                organizationId,
                new String[] {Ids.shortId(), freshId},
                new String[] {"shared", "fresh"},
                new String[] {"#222222", ""},
                id,
                now);

        assertThat(added).extracting(Label::id, Label::name).containsExactly(Tuple.tuple(freshId, "fresh"));
        assertThat(labels.findByNames(organizationId, new String[] {"shared", "fresh", "black"}))
                .extracting(Label::name, Label::color)
                .containsExactlyInAnyOrder(Tuple.tuple("shared", "#111111"), Tuple.tuple("fresh", ""));
        assertThat(labels.findByNames(newOrganization(), new String[] {"shared"}))
                .isEmpty();
    }

    @Test
    void labelsArePagedSearchedAndOrderedWithWhoChangedThem() {
        var by = newUser(unique("changer"), "Changer");
        newLabels(by, "Alpha Team", "beta team", "100%_done");
        labels.insertAbsent(
                newOrganization(),
                new String[] {Ids.shortId()},
                new String[] {"alpha team"},
                new String[] {""},
                by,
                now);
        entityManager.clear();

        var all = labels.findAll(
                LabelRepository.inOrganizationMatching(organizationId, List.of()),
                PageRequest.of(0, 2, Sort.by("name").descending().and(Sort.by("id"))));
        var searched = labels.findAll(
                LabelRepository.inOrganizationMatching(organizationId, List.of("TEAM", "alp")), PageRequest.of(0, 10));
        var literal = labels.findAll(
                LabelRepository.inOrganizationMatching(organizationId, List.of("0%_")), PageRequest.of(0, 10));

        assertThat(all.getTotalElements()).isEqualTo(3);
        assertThat(all.getContent()).extracting(Label::name).containsExactly("beta team", "Alpha Team");
        assertThat(all.getContent().getFirst().changedBy().person().name()).isEqualTo("Changer");
        assertThat(searched.getContent()).extracting(Label::name).containsExactly("Alpha Team");
        assertThat(literal.getContent()).extracting(Label::name).containsExactly("100%_done");
    }

    @Test
    void aLabelIsLockedAndRenamedOnlyInItsOrganization() {
        var id = Ids.shortId();
        labels.insertAbsent(
                organizationId,
                new String[] {id, Ids.shortId()},
                new String[] {"old", "taken"},
                new String[] {"", ""},
                null,
                now);

        assertThat(labels.lockByIdAndOrganizationId(id, newOrganization())).isEmpty();
        var label = labels.lockByIdAndOrganizationId(id, organizationId).orElseThrow();
        assertThat(labels.existsByOrganizationIdAndNameAndIdNot(organizationId, "taken", id))
                .isTrue();
        assertThat(labels.existsByOrganizationIdAndNameAndIdNot(organizationId, "old", id))
                .isFalse();
        assertThat(label.change("old", "", null, now)).as("nothing to change").isFalse();
        label.change("taken", "#123456", null, now.plusSeconds(1));
        assertThatThrownBy(() -> labels.saveAndFlush(label)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void emailsAreUniqueWhateverTheirCase() {
        var email = unique("Case");
        newUser(email, "A");

        assertThat(users.emailTaken(email.toUpperCase())).isTrue();
        assertThat(users.emailTaken(unique("other"))).isFalse();
        assertThatThrownBy(() -> newUser(email.toLowerCase(), "B")).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aPageIsFilteredOrderedAndCounted() {
        newUser(unique("zed"), "Zed");
        newUser(unique("amy"), "Amy");
        newUser(unique("bob"), "Bob");
        newUser("other-" + unique("x"), "Other org");
        jdbc.sql("UPDATE memberships SET organization_id = :other"
                        + " WHERE person_id = (SELECT id FROM people WHERE name = 'Other org')")
                .param("other", newOrganization())
                .update();
        entityManager.clear();

        var byName = page("ordering=-name&length=2");
        var searched = page("search=bo&active=true&role=" + BuiltInRoles.MEMBER_ID + "&account=true&no_access=false");
        var noAccess = page("no_access=true");

        assertThat(byName.getTotalElements()).isEqualTo(3);
        assertThat(byName.getContent()).extracting(Membership::name).containsExactly("Zed", "Bob");
        assertThat(searched.getContent()).extracting(Membership::name).containsExactly("Bob");
        assertThat(searched.getTotalElements()).isEqualTo(1);
        assertThat(noAccess.getContent()).isEmpty();
    }

    @Test
    void membersAreTheActiveUsersWithWhatTheyMayDoInPagesThatCursorsReachBothWays() {
        var admin = newUser(unique("admin"), "Ada Admin");
        var memberEmail = unique("member");
        var member = newUser(memberEmail, "Mel");
        var billing = newUser(unique("billing"), "Bill");
        var inactive = newUser(unique("gone"), "Gone");
        jdbc.sql("INSERT INTO user_roles (membership_id, role_id, tier) VALUES (:id, :role, 'account')")
                .param("id", admin)
                .param("role", BuiltInRoles.ADMIN_ID)
                .update();
        jdbc.sql("UPDATE memberships SET is_billing_admin = true WHERE id = :id")
                .param("id", billing)
                .update();
        jdbc.sql("UPDATE memberships SET active = false WHERE id = :id")
                .param("id", inactive)
                .update();
        entityManager.clear();
        var ordered = Stream.of(admin, member, billing).sorted().toList();
        List<PermissionCondition> everyone = List.of();

        var all =
                directory.members(organizationId, query(everyone, MemberOrder.ID, Sort.Direction.ASC, 10, null, null));
        var first =
                directory.members(organizationId, query(everyone, MemberOrder.ID, Sort.Direction.ASC, 2, null, null));
        var second = directory.members(
                organizationId, query(everyone, MemberOrder.ID, Sort.Direction.ASC, 2, first.next(), null));
        var back = directory.members(
                organizationId, query(everyone, MemberOrder.ID, Sort.Direction.ASC, 2, null, second.previous()));

        assertThat(all.members()).extracting(MemberView::userId).containsExactlyElementsOf(ordered);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.previous()).isNull();
        assertThat(all.next()).isNull();
        assertThat(all.members())
                .extracting(MemberView::userId, MemberView::permissions)
                .contains(
                        tuple(admin, Set.of(Permission.ADMIN, Permission.BILLING, Permission.MEMBERS)),
                        tuple(member, Set.of()),
                        tuple(billing, Set.of(Permission.BILLING)));
        assertThat(first.members()).extracting(MemberView::userId).containsExactlyElementsOf(ordered.subList(0, 2));
        assertThat(first.previous()).isNull();
        assertThat(second.members()).extracting(MemberView::userId).containsExactly(ordered.get(2));
        assertThat(second.next()).isNull();
        assertThat(back.members()).extracting(MemberView::userId).containsExactlyElementsOf(ordered.subList(0, 2));
        assertThat(back.previous()).isNull();
        assertThat(((KeysetScrollPosition) back.next()).getKeys())
                .isEqualTo(((KeysetScrollPosition) first.next()).getKeys());
    }

    @Test
    void membersAreSortedByTheirTimesAndFilteredByWhatTheyMayDo() {
        var older = newUser(unique("older"), "Old");
        var newer = newUser(unique("newer"), "New");
        var billing = newUser(unique("billing"), "Bill");
        jdbc.sql(
                        "UPDATE memberships SET created_at = created_at - interval '1 day', is_billing_admin = (id = :billing),"
                                + " other_permissions = CASE WHEN id = :older THEN '{PLANS}'::varchar[] ELSE '{}' END"
                                + " WHERE id IN (:older, :billing)")
                .param("older", older)
                .param("billing", billing)
                .update();
        entityManager.clear();

        var newestFirst = directory.members(
                organizationId, query(List.of(), MemberOrder.CREATED_AT, Sort.Direction.DESC, 1, null, null));
        var thenOlder = directory.members(
                organizationId,
                query(List.of(), MemberOrder.CREATED_AT, Sort.Direction.DESC, 5, newestFirst.next(), null));
        var billingAdmins = directory.members(
                organizationId,
                query(List.of(holding(Permission.BILLING)), MemberOrder.ID, Sort.Direction.ASC, 5, null, null));
        var none = directory.members(
                organizationId,
                query(
                        List.of(new PermissionCondition(true, Set.of())),
                        MemberOrder.ID,
                        Sort.Direction.ASC,
                        5,
                        null,
                        null));
        var plans = directory.members(
                organizationId,
                query(List.of(holding(Permission.PLANS)), MemberOrder.ID, Sort.Direction.ASC, 5, null, null));
        var notBilling = directory.members(
                organizationId,
                query(
                        List.of(new PermissionCondition(false, Set.of(Permission.BILLING))),
                        MemberOrder.ID,
                        Sort.Direction.ASC,
                        5,
                        null,
                        null));

        assertThat(newestFirst.members()).extracting(MemberView::userId).containsExactly(newer);
        assertThat(thenOlder.members()).extracting(MemberView::userId).containsExactlyInAnyOrder(older, billing);
        assertThat(billingAdmins.members()).extracting(MemberView::userId).containsExactly(billing);
        assertThat(billingAdmins.total()).isEqualTo(1);
        assertThat(none.members()).isEmpty();
        assertThat(plans.members()).extracting(MemberView::userId).containsExactly(older);
        assertThat(plans.members().getFirst().permissions()).containsExactly(Permission.PLANS);
        assertThat(notBilling.members()).extracting(MemberView::userId).containsExactlyInAnyOrder(older, newer);
    }

    private static PermissionCondition holding(Permission permission) {
        return new PermissionCondition(true, Set.of(permission));
    }

    @Test
    void aMemberAndUserSummariesAreFoundByUuidWithinTheirOrganization() {
        var admin = newUser(unique("admin"), "Ada Admin");
        var memberEmail = unique("member");
        var member = newUser(memberEmail, "Mel");
        var inactive = newUser(unique("gone"), "Gone");
        jdbc.sql("UPDATE memberships SET active = false WHERE id = :id")
                .param("id", inactive)
                .update();
        entityManager.clear();

        assertThat(directory.member(organizationId, uuidOf(admin)))
                .get()
                .extracting(MemberView::userId)
                .isEqualTo(admin);
        assertThat(directory.member(organizationId, uuidOf(inactive))).isEmpty();
        assertThat(directory.member(newOrganization(), uuidOf(admin))).isEmpty();
        assertThat(directory.summaries(List.of(uuidOf(member), uuidOf(inactive), UUID.randomUUID()), organizationId))
                .extracting(UserSummary::id)
                .containsExactlyInAnyOrder(member, inactive);
        assertThat(directory.summaries(List.of(uuidOf(member)), newOrganization()))
                .isEmpty();
        assertThat(members.findSummary(inactive))
                .get()
                .extracting(UserSummary::name, UserSummary::active, UserSummary::uuid)
                .containsExactly("Gone", false, uuidOf(inactive));
        assertThat(members.findSummary(uuidOf(member), organizationId))
                .get()
                .extracting(UserSummary::id, UserSummary::email)
                .containsExactly(member, memberEmail);
        assertThat(members.findSummary(uuidOf(member), newOrganization())).isEmpty();
    }

    @Test
    void schemaRefusesWhatTheContractForbids() {
        var id = newUser(unique("d"), "D");

        assertRefused("UPDATE memberships SET title = 'boss' WHERE id = '" + id + "'");
        assertRefused(
                "UPDATE people SET name = repeat('n', 61) WHERE id = (SELECT person_id FROM memberships WHERE id = '"
                        + id + "')");
        var other = newUser(unique("e"), "E");
        assertRefused("UPDATE memberships SET organization_id = (SELECT organization_id FROM memberships WHERE id = '"
                + other + "'), person_id = (SELECT person_id FROM memberships WHERE id = '" + other + "') WHERE id = '"
                + id + "'");
        assertRefused("UPDATE memberships SET person_id = NULL WHERE id = '" + id + "'");
        assertRefused("UPDATE memberships SET person_id = gen_random_uuid() WHERE id = '" + id + "'");
        assertRefused("INSERT INTO labels (id, organization_id, name, color, changed) VALUES ('" + Ids.shortId()
                + "', '" + organizationId + "', 'x', 'red!', now())");
        assertRefused(
                "INSERT INTO user_roles (membership_id, role_id, tier) VALUES ('" + id + "', 'MemberRoLe11', 'team')");
        assertRefused("INSERT INTO user_roles (membership_id, role_id, tier) VALUES ('" + id
                + "', 'NoSuchRole12', 'account')");
    }

    private String newUser(String email, String name) {
        var id = Ids.shortId();
        var user = new Membership(id, organizationId, new Person(email, name, now), "", true, false, author(id), now);
        user.addRole(roles.getReferenceById(BuiltInRoles.MEMBER_ID), "account", null, null);
        users.saveAndFlush(user);
        return id;
    }

    private static MemberQuery query(
            List<PermissionCondition> conditions,
            MemberOrder order,
            Sort.Direction direction,
            int size,
            ScrollPosition after,
            ScrollPosition before) {
        var position = before != null
                ? ((KeysetScrollPosition) before).backward()
                : after != null ? ((KeysetScrollPosition) after).forward() : ScrollPosition.keyset();
        return new MemberQuery(conditions, order, direction, size, position);
    }

    private Page<Membership> page(String queryString) {
        var query = UserQuery.from(UriComponentsBuilder.fromUriString("/users/?" + queryString)
                .build()
                .getQueryParams());
        return users.findAll(
                query.search().specification(organizationId), query.search().pageable());
    }

    private List<Label> newLabels(String byId, String... names) {
        return labels.insertAbsent(
                organizationId,
                Stream.of(names).map(name -> Ids.shortId()).toArray(String[]::new),
                names,
                Stream.of(names).map(name -> "").toArray(String[]::new),
                byId,
                now);
    }

    private static MembershipChanges patch(String name, Boolean active) {
        return new MembershipChanges(
                Optional.ofNullable(name), Optional.empty(), Optional.ofNullable(active), Optional.empty(), false);
    }

    private List<String> labelLinks(String userId) {
        return jdbc.sql("SELECT label_id FROM user_labels WHERE membership_id = ?")
                .param(userId)
                .query(String.class)
                .list();
    }

    /** Who changed the user last, and when. */
    private String changedBy(String userId) {
        return jdbc.sql("SELECT changed_by_id, changed FROM memberships WHERE id = ?")
                .param(userId)
                .query((rs, row) -> rs.getString(1) + " "
                        + rs.getObject(2, OffsetDateTime.class).toInstant())
                .single();
    }

    private String newOrganization() {
        var id = Ids.ulid(Clock.systemUTC());
        jdbc.sql("""
                        INSERT INTO organizations (id, name, label, created_at, updated_at)
                        VALUES (:id, :name, 'Repo', now(), now())""")
                .param("id", id)
                .param("name", "repo-" + UUID.randomUUID().toString().substring(0, 8))
                .update();
        return id;
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(() -> {
                    jdbc.sql("SAVEPOINT attempt").update();
                    try {
                        jdbc.sql(sql).update();
                    } finally {
                        jdbc.sql("ROLLBACK TO SAVEPOINT attempt").update();
                    }
                })
                .as(sql)
                .isInstanceOf(DataAccessException.class);
    }

    private UUID uuidOf(String userId) {
        return jdbc.sql("SELECT person_id FROM memberships WHERE id = :id")
                .param("id", userId)
                .query(UUID.class)
                .single();
    }

    private static String unique(String local) {
        return local + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private ChangeAuthor author(String membershipId) {
        return entityManager.getReference(ChangeAuthor.class, membershipId);
    }
}
