package io.accountsapi.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.accountsapi.Ids;
import io.accountsapi.TestDatabaseConfiguration;
import io.accountsapi.auth.BuiltInRoles;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.assertj.core.groups.Tuple;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The users and labels repositories, and the schema's own rules for them, against the real PostgreSQL. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(TestDatabaseConfiguration.class)
class UserRepositoryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EntityManager entityManager;
    @Autowired
    UserRepository users;
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
    void lockOnlyFindsUsersOfTheGivenOrganization() {
        var id = newUser(unique("a"), "A");

        assertThat(users.lockEditable(organizationId, id)).contains(new UserRepository.Editable("A", "", true));
        assertThat(users.lockEditable(newOrganization(), id)).isEmpty();
    }

    @Test
    void saveChangesStoresTheRowAndReplacesTheLabelLinks() {
        var id = newUser(unique("b"), "B");
        var added = labels.insertAbsent(organizationId, new String[] {"RedLabel1234", "BlueLabel123", "GreenLabel12"},
                new String[] {"red", "blue", "green"}, new String[] {"#ff0000", "", ""}, id, now);

        users.saveChanges(id, "B2", "cto", false, new String[] {"RedLabel1234", "BlueLabel123"}, id, now);
        users.saveChanges(id, "B3", "dev", true, new String[] {"BlueLabel123", "GreenLabel12"}, id, now);
        entityManager.clear();

        assertThat(added).containsExactlyInAnyOrder("red", "blue", "green");
        assertThat(users.lockEditable(organizationId, id)).contains(new UserRepository.Editable("B3", "dev", true));
        assertThat(labelLinks(id)).containsExactlyInAnyOrder("BlueLabel123", "GreenLabel12");
        assertThat(labels.findByNames(organizationId, new String[] {"red", "blue", "black"}))
                .extracting(LabelRepository.StoredLabel::name, LabelRepository.StoredLabel::color)
                .containsExactlyInAnyOrder(Tuple.tuple("red", "#ff0000"), Tuple.tuple("blue", ""));
    }

    @Test
    void saveChangesMovesTheRowOnlyWhenSomethingChanges() {
        var id = newUser(unique("s"), "S");
        var by = newUser(unique("t"), "T");
        labels.insertAbsent(organizationId, new String[] {"TealLabel123"}, new String[] {"teal"}, new String[] {""},
                id, now);
        users.saveChanges(id, "S", "", true, new String[] {"TealLabel123"}, id, now);

        users.saveChanges(id, "S", "", true, new String[] {"TealLabel123"}, by, now.plusSeconds(60));
        users.saveChanges(id, "S", "", true, null, by, now.plusSeconds(120));
        assertThat(changedBy(id)).isEqualTo(id + " " + now);

        users.saveChanges(id, "S", "", true, new String[0], by, now.plusSeconds(180));
        assertThat(changedBy(id)).isEqualTo(by + " " + now.plusSeconds(180));
        assertThat(labelLinks(id)).isEmpty();

        users.saveChanges(id, "S", "", false, null, id, now.plusSeconds(240));
        assertThat(changedBy(id)).isEqualTo(id + " " + now.plusSeconds(240));
        assertThat(users.lockEditable(organizationId, id)).contains(new UserRepository.Editable("S", "", false));
    }

    @Test
    void insertAbsentSkipsNamesTheCatalogueHasAndAnswersOnlyThoseItAdded() {
        var id = newUser(unique("c"), "C");
        labels.insertAbsent(organizationId, new String[] {Ids.shortId()}, new String[] {"shared"}, new String[] {"#111111"},
                id, now);

        var added = labels.insertAbsent(organizationId, new String[] {Ids.shortId(), Ids.shortId()},
                new String[] {"shared", "fresh"}, new String[] {"#222222", ""}, id, now);

        assertThat(added).containsExactly("fresh");
        assertThat(labels.findByNames(organizationId, new String[] {"shared"}))
                .extracting(LabelRepository.StoredLabel::color).containsExactly("#111111");
    }

    @Test
    void recolorChangesTheColorAndWhoChangedTheLabelWhen() {
        var id = newUser(unique("r"), "R");
        var labelId = Ids.shortId();
        labels.insertAbsent(organizationId, new String[] {labelId}, new String[] {"paint"}, new String[] {""}, id, now);

        labels.recolor(labelId, "#0000ff", id, now.plusSeconds(60));

        assertThat(labels.findByNames(organizationId, new String[] {"paint"}))
                .containsExactly(new LabelRepository.StoredLabel(labelId, "paint", "#0000ff"));
        assertThat(jdbc.sql("SELECT changed FROM labels WHERE id = ?").param(labelId).query(Instant.class).single())
                .isEqualTo(now.plusSeconds(60));
    }

    @Test
    void labelsArePagedSearchedAndOrderedWithWhoChangedThem() {
        var by = newUser(unique("changer"), "Changer");
        labels.insertAbsent(organizationId, new String[] {Ids.shortId(), Ids.shortId(), Ids.shortId()},
                new String[] {"Alpha Team", "beta team", "100%_done"}, new String[] {"", "", ""}, by, now);
        labels.insertAbsent(newOrganization(), new String[] {Ids.shortId()}, new String[] {"alpha team"},
                new String[] {""}, by, now);
        entityManager.clear();

        var all = labels.findAll(LabelRepository.inOrganizationMatching(organizationId, new String[0]),
                PageRequest.of(0, 2, Sort.by("name").descending().and(Sort.by("id"))));
        var searched = labels.findAll(LabelRepository.inOrganizationMatching(organizationId,
                DrfListParameters.searchPatterns("TEAM alp")), PageRequest.of(0, 10));
        var literal = labels.findAll(LabelRepository.inOrganizationMatching(organizationId,
                DrfListParameters.searchPatterns("0%_")), PageRequest.of(0, 10));

        assertThat(all.getTotalElements()).isEqualTo(3);
        assertThat(all.getContent()).extracting(Label::name).containsExactly("beta team", "Alpha Team");
        assertThat(all.getContent().getFirst().changedBy().name()).isEqualTo("Changer");
        assertThat(searched.getContent()).extracting(Label::name).containsExactly("Alpha Team");
        assertThat(literal.getContent()).extracting(Label::name).containsExactly("100%_done");
    }

    @Test
    void aLabelIsLockedAndRenamedOnlyInItsOrganization() {
        var id = Ids.shortId();
        labels.insertAbsent(organizationId, new String[] {id, Ids.shortId()}, new String[] {"old", "taken"},
                new String[] {"", ""}, null, now);

        assertThat(labels.lockByIdAndOrganizationId(id, newOrganization())).isEmpty();
        var label = labels.lockByIdAndOrganizationId(id, organizationId).orElseThrow();
        assertThat(labels.existsByOrganizationIdAndNameAndIdNot(organizationId, "taken", id)).isTrue();
        assertThat(labels.existsByOrganizationIdAndNameAndIdNot(organizationId, "old", id)).isFalse();
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
    void aPageIsFilteredOrderedAndCountedInOneQuery() {
        newUser(unique("zed"), "Zed");
        newUser(unique("amy"), "Amy");
        newUser(unique("bob"), "Bob");
        newUser("other-" + unique("x"), "Other org");
        jdbc.sql("UPDATE users SET organization_id = :other WHERE name = 'Other org'").param("other", newOrganization()).update();

        var none = new String[0];
        var byName = users.findPage(organizationId, none, null, null, none, false, none, none, none, none, none, null,
                null, "-name", 2, 0);
        var searched = users.findPage(organizationId, new String[] {"%bo%"}, true, null, none, false,
                new String[] {BuiltInRoles.MEMBER_ID}, none, none, none, none, true, false, "name", 10, 0);

        assertThat(byName).extracting(UserRepository.PageRow::total).containsOnly(3L);
        assertThat(byName).extracting(row -> JSON.readTree(row.json()).get("name").asString())
                .containsExactly("Zed", "Bob");
        assertThat(searched).extracting(row -> JSON.readTree(row.json()).get("name").asString(),
                UserRepository.PageRow::total).containsExactly(Tuple.tuple("Bob", 1L));
    }

    @Test
    void membersAreTheActiveUsersInTheOrderOfTheirIdsWithTheirRightsAndOwnership() {
        var admin = newUser(unique("admin"), "Ada Admin");
        var member = newUser(unique("member"), "Mel");
        var inactive = newUser(unique("gone"), "Gone");
        jdbc.sql("INSERT INTO user_roles (user_id, role_id, tier) VALUES (:id, :role, 'account')").param("id", admin)
                .param("role", BuiltInRoles.ADMIN_ID).update();
        jdbc.sql("UPDATE users SET active = false WHERE id = :id").param("id", inactive).update();
        jdbc.sql("UPDATE organizations SET owner_id = :id WHERE id = :org").param("id", admin)
                .param("org", organizationId).update();
        jdbc.sql("INSERT INTO addresses (organization_id, country, updated_at) VALUES (:org, 'PT', now())")
                .param("org", organizationId).update();
        var ordered = Stream.of(admin, member).sorted().toList();

        var all = users.findMembersAfter(organizationId, BuiltInRoles.ADMIN_ID, "", Limit.of(10));
        var last = users.findMembersBefore(organizationId, BuiltInRoles.ADMIN_ID, "~", Limit.of(1));

        assertThat(all).extracting(MemberView::userId).containsExactlyElementsOf(ordered);
        assertThat(last).extracting(MemberView::userId).containsExactly(ordered.getLast());
        assertThat(users.findMembersAfter(organizationId, BuiltInRoles.ADMIN_ID, ordered.getFirst(), Limit.of(10)))
                .extracting(MemberView::userId).containsExactly(ordered.getLast());
        assertThat(users.findMember(organizationId, BuiltInRoles.ADMIN_ID, admin)).get()
                .extracting(MemberView::admin, MemberView::owner).containsExactly(true, true);
        assertThat(users.findMember(organizationId, BuiltInRoles.ADMIN_ID, member)).get()
                .extracting(MemberView::admin, MemberView::owner).containsExactly(false, false);
        assertThat(users.findMember(organizationId, BuiltInRoles.ADMIN_ID, inactive)).isEmpty();
        assertThat(users.findMember(newOrganization(), BuiltInRoles.ADMIN_ID, admin)).isEmpty();
        assertThat(users.countByOrganizationIdAndActiveTrue(organizationId)).isEqualTo(2);
        assertThat(users.findCurrentUser(admin)).get().extracting(CurrentUserView::name,
                CurrentUserView::organizationLabel, CurrentUserView::country).containsExactly("Ada Admin", "Repo", "PT");
    }

    @Test
    void schemaRefusesWhatTheContractForbids() {
        var id = newUser(unique("d"), "D");

        assertRefused("UPDATE users SET title = 'boss' WHERE id = '" + id + "'");
        assertRefused("UPDATE users SET name = repeat('n', 61) WHERE id = '" + id + "'");
        assertRefused("INSERT INTO labels (id, organization_id, name, color, changed) VALUES ('" + Ids.shortId() + "', '"
                + organizationId + "', 'x', 'red!', now())");
        assertRefused("INSERT INTO user_roles (user_id, role_id, tier) VALUES ('" + id + "', 'MemberRoLe11', 'team')");
        assertRefused("INSERT INTO user_roles (user_id, role_id, tier) VALUES ('" + id + "', 'NoSuchRole12', 'account')");
    }

    private String newUser(String email, String name) {
        var id = Ids.shortId();
        var user = new User(id, organizationId, email, name, "", true, false, null, now);
        user.addRole(roles.getReferenceById(BuiltInRoles.MEMBER_ID), "account", null, null);
        users.saveAndFlush(user);
        return id;
    }

    private List<String> labelLinks(String userId) {
        return jdbc.sql("SELECT label_id FROM user_labels WHERE user_id = ?").param(userId).query(String.class).list();
    }

    /** Who changed the user last, and when. */
    private String changedBy(String userId) {
        return jdbc.sql("SELECT changed_by_id, changed FROM users WHERE id = ?").param(userId)
                .query((rs, row) -> rs.getString(1) + " " + rs.getObject(2, OffsetDateTime.class).toInstant())
                .single();
    }

    private String newOrganization() {
        var id = Ids.ulid(Clock.systemUTC());
        jdbc.sql("""
                        INSERT INTO organizations (id, name, label, created_at, updated_at)
                        VALUES (:id, :name, 'Repo', now(), now())""")
                .param("id", id).param("name", "repo-" + UUID.randomUUID().toString().substring(0, 8))
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
        }).as(sql).isInstanceOf(DataAccessException.class);
    }

    private static String unique(String local) {
        return local + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
